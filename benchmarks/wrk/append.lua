-- Path (c): each request a message from one of SB_POOL customers (+1 SB_PREFIX and 6 digits, 0..SB_POOL-1) whose
-- conversations are open (run.sh opened them first), so each appends a message to an open conversation.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local prefix = os.getenv("SB_PREFIX")
local pool = tonumber(os.getenv("SB_POOL"))
local counter = 0
tid = 0

setup = common.setup
done = common.done
delay = common.delay

function request()
  counter = counter + 1
  -- Threads walk the pool from different places: concurrent messages seldom share a conversation.
  local customer = (tid * 7919 + counter) % pool
  return common.message(string.format("+1%s%06d", prefix, customer), "again " .. counter)
end
