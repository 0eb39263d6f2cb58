"""Speaker round 18: antecedents of 'the statement' and 'the group', and relative clauses.

Constructions found reading the even FA-KES rows, each written here in several wordings (none
is from the development set or the held-out gold):

- 'the statement added', 'the communique said' refer back to the statement last issued only
  within a few sentences and while no other body spoke since: 'SANA said ... the statement
  added' is SANA's, not a minister's statement paragraphs before; a person quoted in between
  does not break the chain.
- 'the group' or 'the monitor' after a sentence that names a body as a source with no cue
  verb ('figures by X', 'the data from X', "X's toll") is that body, not a body the claim's
  own words name ('The raids hit Islamic State positions, the group said'); a body in the
  claim's words is its speaker only when the text named no other before.
- 'the aid group that supports it said', 'the charity which runs the hospital said': a relative
  clause inside a trailing speaker phrase keeps its head noun, and the head speaks; a lead's
  'the group', 'the aid group' that no body named before answers is the body the next sentence
  names (not an armed body nor a state).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import source_of


# -- the statement's issuer has a reach -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "British Foreign Secretary William Hague said in a statement that he was deeply "
            "concerned. Activists at the Local Coordination Committees said regime planes were "
            "flying over the area. The reports are totally false, state news agency SANA said. "
            "It is an attempt to stop the inquiry, the statement added.",
            "stop the inquiry",
            "SANA",
        ),
        (
            "The foreign ministry issued a statement on Monday. The Syrian Observatory for Human "
            "Rights said 20 people were killed. Hezbollah said its fighters took part. The "
            "communique said the attack was a crime.",
            "was a crime",
            "Hezbollah",
        ),
        (
            "French Foreign Minister Laurent Fabius said in a statement that the talks had "
            "failed. The Syrian Observatory for Human Rights said 20 people were killed. The "
            "statement said four children were among the dead.",
            "four children",
            "Syrian Observatory for Human Rights",
        ),
        (
            "British Foreign Secretary William Hague said in a statement that he was concerned. "
            "The talks began in Geneva. Delegations met on Monday. The envoy arrived late. The "
            "rooms were full. Roads were closed. Reporters waited outside. Hezbollah said it had "
            "no part in it. The statement added that its fighters were in Qusair.",
            "in Qusair",
            "Hezbollah",
        ),
    ],
)
def test_the_statement_is_the_nearer_body(text: str, words: str, source: str) -> None:
    assert source_of(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # near misses: a person quoted in between keeps the chain; the report is the latest body
        (
            "The army said in a statement that it had retaken the town. A resident, Ahmed "
            "Hassan, said the shelling had stopped. The statement added that 40 militants were "
            "killed.",
            "40 militants",
            "army",
        ),
        (
            "The foreign ministry said in a statement that the talks had failed. The Syrian "
            "Observatory for Human Rights said 20 people were killed in the strikes. The report "
            "added that four children were among the dead.",
            "four children",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Hezbollah said in a statement that its fighters had retaken the town. Rebels "
            "fled north. The communique added that 40 militants were killed.",
            "40 militants",
            "Hezbollah",
        ),
    ],
)
def test_the_statement_keeps_its_issuer_nearby(text: str, words: str, source: str) -> None:
    assert source_of(text, words) == source


# -- a body in the claim's own words is not its speaker's antecedent --------------------------
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Kurdish forces killed 16 Islamic State militants on Saturday near the border in "
            "figures by the UK-based Syrian Observatory. The assault targeted Islamic State "
            "positions south of Ras al-Ain, the group added.",
            "south of Ras",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Air strikes killed 12 people in Idlib on Monday. The Syrian Observatory for Human "
            "Rights' toll rose overnight. The raids hit Islamic State positions near Ras al-Ain, "
            "the group said.",
            "near Ras",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Rebels say dozens died. The data from the Syrian Observatory for Human Rights "
            "counts 40 dead. Jabhat al-Nusra fighters shelled the town overnight, the group said.",
            "shelled the town",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Government forces shelled the town again on Sunday. The Syrian Observatory for "
            "Human Rights has documented 300 deaths this month. Hezbollah fighters took the "
            "hill, the monitoring group said.",
            "took the hill",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_the_group_is_no_body_of_the_claims_own_words(text: str, words: str, source: str) -> None:
    assert source_of(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # near misses: with no other body named before, the claim's own body speaks
        (
            "Islamic State fighters seized the town of Palmyra on Thursday, the group said in an "
            "online statement.",
            "seized the town",
            "Islamic State",
        ),
        (
            "Clashes killed 30 fighters in Deir Ezzor. Islamic State fighters seized the town of "
            "Mayadin on Thursday, the group said.",
            "seized the town",
            "Islamic State",
        ),
    ],
)
def test_the_group_is_the_claims_own_body_when_none_other(
    text: str, words: str, source: str
) -> None:
    assert source_of(text, words) == source


# -- a relative clause inside the speaker phrase keeps its head noun ---------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Five medics were killed when an air strike hit a clinic near Aleppo, the aid group "
            "that supports it said. The four staff of the Union of Syrian Medical Relief "
            "Organisations (UOSSM) were in two ambulances.",
            "Union of Medical Care and Relief Organizations",
        ),
        (
            "Five medics were killed when an air strike hit a clinic near Aleppo the group that "
            "runs the hospital said. The staff of the Union of Syrian Medical Relief "
            "Organisations (UOSSM) were in two ambulances.",
            "Union of Medical Care and Relief Organizations",
        ),
        (
            "The staff of the Union of Syrian Medical Relief Organisations (UOSSM) were in two "
            "ambulances. Five medics were killed when an air strike hit a clinic near Aleppo, the "
            "group which supports the clinic said.",
            "Union of Medical Care and Relief Organizations",
        ),
    ],
)
def test_relative_clause_keeps_the_head(text: str, source: str) -> None:
    assert source_of(text, "Five medics") == source


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Five medics were killed when an air strike hit a clinic near Aleppo, the rights "
            "group that monitors the war said. Fighters of the Islamic State group attacked the "
            "town later.",
            "Islamic State",
        ),
        (
            "Five medics were killed when an air strike hit a clinic near Aleppo, the doctor who "
            "treated them said.",
            "medics",
        ),
    ],
)
def test_relative_clause_near_misses(text: str, wrong: str) -> None:
    assert source_of(text, "Five medics") not in (wrong, "war", "it", "them")


def test_speaker_after_a_relative_clause_of_the_content() -> None:
    # near miss: the relative clause is the content's ('the clinic that the group runs')
    text = (
        "Five medics were killed when an air strike hit the clinic that the group runs, the "
        "Syrian Observatory for Human Rights said."
    )
    assert source_of(text, "Five medics") == "Syrian Observatory for Human Rights"
