-- wrk script: POSTs a recommendation request with a different, random set of answers each time
-- (every question of the seeded topic answered with probability 0.85, any of its options), so
-- that nothing is measured on one warm answer set. Used by bench/http.sh and bench/soak.sh.
local questions = {
	{ "service_kind", { "ai_backend", "json_api", "fullstack_app", "glue_service", "model_endpoint" } },
	{ "io_profile", { "external_waits", "database", "cpu" } },
	{ "concurrency", { "low", "moderate", "high" } },
	{ "deployment", { "serverless", "containers", "vm" } },
	{ "admin_needs", { "must", "nice", "none" } },
	{ "auth_model", { "browser_sessions_roles", "api_tokens", "shared_secret" } },
	{ "realtime", { "streaming", "none" } },
	{ "api_contract", { "openapi_required", "informal" } },
	{ "domain_complexity", { "complex_relational", "simple" } },
	{ "team", { "small_senior", "large_mixed", "learning" } },
	{ "existing_stack", { "django", "flask", "fastapi", "none" } },
	{ "memory_budget", { "tight", "normal" } },
}

-- each wrk thread has its own Lua state: seed it differently
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)

function answers_body()
	local parts = {}
	for _, question in ipairs(questions) do
		if math.random() < 0.85 then
			local options = question[2]
			parts[#parts + 1] = '"' .. question[1] .. '":"' .. options[math.random(#options)] .. '"'
		end
	end
	return '{"answers":{' .. table.concat(parts, ",") .. '}}'
end

request = function()
	return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, answers_body())
end
