-- Each request a message from a new customer (+1 SB_PREFIX, 2 digits of thread, 7 of counter), so each opens a
-- new conversation in the Default queue: paths (a) routed and assigned, and (b) nobody available.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local prefix = os.getenv("SB_PREFIX")
local counter = 0
tid = 0

setup = common.setup
done = common.done
delay = common.delay

function request()
  counter = counter + 1
  return common.message(string.format("+1%s%02d%07d", prefix, tid, counter), "hello " .. counter)
end
