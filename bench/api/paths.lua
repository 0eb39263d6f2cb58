-- wrk script: each request takes the next path from the file named by $PATHS (one per line);
-- each thread starts at its own offset, so no two threads send the same path together.
local counter = 1
local threads = 0
local paths = {}

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  counter = (thread_index or 0) * math.floor(#paths / 2)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
