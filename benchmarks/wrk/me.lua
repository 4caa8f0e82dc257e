-- The floor of run.sh --inbound-only: GET /me with the gateway's key, an authenticated request that does no work.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")

setup = common.setup
done = common.done
delay = common.delay

-- Built on the first request: at load time wrk knows no host yet (the request would go without Host: 400).
local me

function request()
  me = me or wrk.format("GET", "/switchboard/api/v1/me", { ["Authorization"] = common.headers["Authorization"] })
  return me
end
