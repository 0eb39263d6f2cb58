"""Perpetrators from the event sentence's grammar (sentences of the genre, FA-KES style)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.extract import DocumentMeta, extract_document
from app.extract.roles import find_perpetrator


def doer(text: str) -> str | None:
    found = find_perpetrator(text, [(0, len(text))], [])
    return found.actor_id if found else None


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Russian air strikes killed 12 civilians in Idlib on Monday.", "russian-aerospace-forces"),
        ("Shelling by regime forces killed four children in Douma.", "syrian-army"),
        ("An airstrike by the coalition killed 10 people near Raqqa.", "us-led-coalition"),
        ("ISIS claimed responsibility for the twin blasts.", "isis"),
        ("Syrian government air strikes on Tuesday killed at least 39 people.", "syrian-army"),
        ("Rebel shelling kills four civilians in Damascus.", "armed-opposition"),
        ("Russian and Syrian strikes kill 58 civilians.", "russia"),
        ("Regime barrel bombs killed nine people in Aleppo.", "syrian-army"),
        ("18 Civilians Killed in Barrel Bomb Attack on Rural Aleppo", "syrian-army"),
        ("Sun 10 Jul 2016 Russian warplanes struck a market.", "russian-aerospace-forces"),
        ("More than 30 rebels were killed in IS group suicide blasts.", "isis"),
        ("Twelve civilians died in Russian air strikes on the town.", "russian-aerospace-forces"),
        ("Four people were wounded in a regime barrel bomb attack.", "syrian-army"),
        ("Nine fighters were killed by twin Daesh car bombs.", "isis"),
        ("An attack by Syrian rebel fighters killed four.", "armed-opposition"),
        ("An attack by Syrian Kurdish forces killed four.", "ypg"),
        ("Kurdish-led forces kill 35 Daesh militants.", "ypg"),
        ("Nusra terrorists shelled the neighbourhood.", "jabhat-al-nusra"),
        ("ISIS Behead or Shot 15 Captured Assyrians", "isis"),
        # Who was behind it, who was responsible for it.
        ("Saudi-backed rebels behind Syria chemical attack, a report says.", "armed-opposition"),
        ("Evidence suggests government forces were responsible for the gas attack.", "syrian-army"),
        ("Investigators said IS was behind the twin car bombings in Qamishli.", "isis"),
        ("Rebels massacre villagers near Hama.", "armed-opposition"),
        # The side the victims fell fighting.
        ("10 Syrian troops killed in clashes with IS near the airport.", "isis"),
        ("At least 12 Islamist fighters were killed in clashes with Kurdish militants.", "ypg"),
        (
            "Eighteen jihadists were killed on Saturday in fierce fighting with the rebels.",
            "armed-opposition",
        ),
        ("18 IS jihadists killed fighting Syria Kurds, a monitor said.", "ypg"),
        ("Four soldiers died overnight in battles against Nusra near Idlib.", "jabhat-al-nusra"),
        # Headline verbs in the present: the side before them is the doer.
        ("Syrian Army Ambushes ISIL Convoy in Raqqa Countryside", "syrian-army"),
        ("Kurdish fighters repel IS assault on Kobani, killing 18", "ypg"),
        ("Regime forces thwart rebel attack in Aleppo, 25 killed", "syrian-army"),
        ("Russian Jets Destroy Training Camp in Deir Ezzor", "russian-aerospace-forces"),
        # 'terrorists' is one side's label for any armed group: a group named as the doer wins.
        ("ISIL terrorists fired rocket shells; the terrorist attacks killed two.", "isis"),
        (
            "Terrorist rocket attacks hit the city as Nusra terrorists shelled the town.",
            "jabhat-al-nusra",
        ),
        ("Terrorist groups shelled the town with mortars, killing two.", "armed-opposition"),
        # Victims named between the verb and the fighting: the doer is before the verb.
        ("The army killed 20 militants in clashes with IS.", "syrian-army"),
        # A clause after the toll has its own subject: 'after/when/as X <act verb>' makes X the doer.
        ("Two were killed after Nusra terrorists shelled the town.", "jabhat-al-nusra"),
        ("Two civilians were killed when ISIS militants shelled the village.", "isis"),
        ("Three people died as regime forces bombed the market.", "syrian-army"),
        ("A child was wounded while rebels fired mortars at the district.", "armed-opposition"),
        ("Islamists launch rocket attack on Damascus, 3 killed.", "armed-opposition"),
        ("Three were killed when Islamists shelled the town.", "armed-opposition"),
    ],
)
def test_the_doer(sentence: str, actor: str) -> None:
    assert doer(sentence) == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes killed 20 IS militants in Raqqa.",  # a number before: the victims
        "The offensive against IS in Manbij continued.",  # after 'against': the target
        "Ten Syrian soldiers killed in an ambush near Palmyra.",  # passive: the victims
        "Five IS militants were killed in fighting.",  # a unit, then the event
        "Civilians were killed in IS-held areas.",  # no weapon after the side
        "The Syrian Observatory for Human Rights said 12 were killed.",  # part of a name
        "Two were killed after regime soldiers were hit by a mine.",  # the clause is passive
    ],
)
def test_not_the_doer(sentence: str) -> None:
    found = find_perpetrator(
        sentence,
        [(0, len(sentence))],
        [],
        [(4, 45)] if "Observatory" in sentence else [],
    )
    assert found is None


def test_one_sides_word_makes_the_role_a_claim() -> None:
    text = (
        "Terrorists fired rocket shells on residential neighborhoods in Aleppo city killing "
        "eight civilians."
    )
    extraction = extract_document(
        text, DocumentMeta(publisher="SANA", published_on=date(2016, 5, 3))
    )
    (incident,) = extraction.incidents
    (role,) = [a for a in incident.actors if a.role == "perpetrator"]
    assert role.actor_id == "armed-opposition"
    assert role.claim_id == extraction.claims[0].id  # SANA's word: the role is SANA's claim


def test_the_headline_names_the_doer_of_the_main_incident() -> None:
    text = "Eight people were killed in Aleppo on Monday, a monitor said."
    meta = DocumentMeta(
        title="Regime air raids kill eight in Aleppo", published_on=date(2016, 5, 3)
    )
    (incident,) = extract_document(text, meta).incidents
    assert [(a.actor_id, a.role, a.claim_id) for a in incident.actors] == [
        ("syrian-army", "perpetrator", None)
    ]


def test_the_data_directory_may_hold_its_own_roles_else_the_projects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from app.extract import load_registry
    from app.extract.registry import DATA_DIR

    for name in ("actors.yaml", "places.yaml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    text = "Russian air strikes killed 12 civilians in Idlib on Monday."
    meta = DocumentMeta(published_on=date(2016, 5, 3))
    (incident,) = extract_document(text, meta, load_registry(tmp_path)).incidents
    assert (incident.admin1, incident.actors[0].actor_id) == ("Idlib", "russian-aerospace-forces")
    (tmp_path / "roles.yaml").write_text(
        "sides:\n  - {words: [Russian], actor: russia}\nair: [air strikes]\n", encoding="utf-8"
    )
    (incident,) = extract_document(text, meta, load_registry(tmp_path)).incidents
    assert incident.actors[0].actor_id == "russia"  # its own words: no air force named


def test_role_words_are_read_from_the_registrys_data_directory(tmp_path: Path) -> None:
    """A registry whose data directory holds its own roles.yaml reads those words, once, and
    keeps them: another registry is not affected."""
    from app.extract.registry import DATA_DIR, load_registry
    from app.extract.roles import role_words_for

    for name in ("actors.yaml", "places.yaml"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text(encoding="utf-8"))
    (tmp_path / "roles.yaml").write_text(
        "sides:\n  - {words: [loyalist], actor: syrian-army}\n", encoding="utf-8"
    )
    own, shipped = load_registry(tmp_path), load_registry()
    assert role_words_for(own) is role_words_for(own)
    assert set(role_words_for(own).sides) == {"loyalist"}
    assert "regime" in role_words_for(shipped).sides


@pytest.mark.parametrize(
    ("headline", "actor"),
    [
        # The subject of an attack verb is the doer, its object the target, whatever the
        # headline's grammar (no articles, present tense, the verb's agreement lost).
        ("Syrian Jets Pounds ISIS Offensive in Hama Killing 50 Terrorists", "syrian-army"),
        ("Russian warplanes pound IS positions near Palmyra", "russian-aerospace-forces"),
        ("Coalition Strikes ISIS Convoy Near Raqqa", "us-led-coalition"),
        ("Kurdish Fighters Ambush Daesh Convoy, 12 Killed", "ypg"),
        ("Turkish artillery shells Kurdish militia in Afrin", "turkish-armed-forces"),
        ("Syrian Army Destroys Nusra Positions in Idlib Countryside", "syrian-army"),
    ],
)
def test_a_headlines_attack_verb_has_its_doer_before_and_its_target_after(
    headline: str, actor: str
) -> None:
    assert doer(headline) == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # 'uses' a weapon, 'accused X of using': X is the doer (as one side says).
        ("ISIL Uses Chemical Weapons in Syrias Aleppo", "isis"),
        ("State media accused rebels of using chemical arms against troops.", "armed-opposition"),
        ("Ankara accuses Kurdish militants of shelling the border town.", "ypg"),
        ("Activists accused IS of firing mustard gas shells at Marea.", "isis"),
    ],
)
def test_the_side_that_uses_a_weapon_or_is_accused_of_an_attack(sentence: str, actor: str) -> None:
    assert doer(sentence) == actor


@pytest.mark.parametrize(
    "title",
    [
        "Syrian Coalition Condemns Attack on Interim Government Headquarters in Azaz",
        "Syrian Coalition Condemns Bombing of Market in Idlib",
        "National Coalition Condemns Shelling of Douma",
    ],
)
def test_a_headline_names_no_side_inside_another_name(title: str) -> None:
    text = "At least five civilians were killed and many more wounded in the attack on Monday."
    meta = DocumentMeta(title=title, published_on=date(2016, 5, 3))
    (incident,) = extract_document(text, meta).incidents
    assert [a.actor_id for a in incident.actors if a.role == "perpetrator"] == []


@pytest.mark.parametrize(
    ("sentence", "country", "actor"),
    [
        (
            "Government forces shelled the village, killing six, officials said.",
            "SO",
            "somali-army",
        ),
        ("Army artillery pounded the district on Sunday.", "SD", "sudanese-armed-forces"),
        ("The military carried out an air strike on the village.", "MM", "tatmadaw"),
        ("Coalition airstrikes killed 30 people in Hodeida province.", "YE", "saudi-led-coalition"),
        ("Rebels fired a ballistic missile at the port.", "YE", "houthis"),
        ("Insurgents ambushed a police convoy in Ghazni.", "AF", "taliban"),
        (
            "Government forces shelled the village, killing six, officials said.",
            "SY",
            "syrian-army",
        ),
        ("Coalition airstrikes killed 30 people near Raqqa.", None, "us-led-coalition"),
    ],
)
def test_words_that_name_no_country_name_the_war_s_side(
    sentence: str, country: str | None, actor: str
) -> None:
    found = find_perpetrator(sentence, [(0, len(sentence))], [], country=country)
    assert found is not None and found.actor_id == actor


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Islamist al Shabaab militants killed 12 Somali soldiers at a base.", "al-shabaab"),
        ("Houthi rebels fired a missile at Marib, killing five.", "houthis"),
        ("The Rapid Support Forces shelled a market in El Fasher.", "rsf"),
        ("Myanmar's junta carried out an air strike on a village.", "tatmadaw"),
        ("Taliban fighters stormed a checkpoint, killing seven policemen.", "taliban"),
        ("Haftar's forces shelled a residential area of southern Tripoli.", "lna"),
    ],
)
def test_other_wars_sides_by_name(sentence: str, actor: str) -> None:
    assert doer(sentence) == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Shabaab militants stormed the base despite a government offensive, officials said.",
        "Gunmen attacked the town despite a Russian air campaign in the area.",
        "Insurgents attacked the convoy despite army operations against them.",
    ],
)
def test_a_side_after_despite_is_background(sentence: str) -> None:
    assert doer(sentence) not in ("syrian-army", "russian-aerospace-forces", "russia")
