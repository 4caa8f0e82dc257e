-- Occupancy counters on agent_state (issue 20): how many conversations assigned to the agent are in each status
-- that may occupy them (Open; Waiting and Solved, which settings may exclude), per channel group with a capacity
-- (voice is the call state, not a count). Kept per status so that changing which statuses occupy needs no recount:
-- occupancy = open + waiting (if it occupies) + solved (if it occupies). Maintained by the engine in the one place a
-- conversation changes (ConversationChanges, through AgentOccupancy), so an assignment decision reads them with the
-- agent's row instead of counting conversations.
alter table agent_state add column occ_open_live_messaging integer default 0 not null;
alter table agent_state add column occ_open_live_chat integer default 0 not null;
alter table agent_state add column occ_open_email integer default 0 not null;
alter table agent_state add column occ_waiting_live_messaging integer default 0 not null;
alter table agent_state add column occ_waiting_live_chat integer default 0 not null;
alter table agent_state add column occ_waiting_email integer default 0 not null;
alter table agent_state add column occ_solved_live_messaging integer default 0 not null;
alter table agent_state add column occ_solved_live_chat integer default 0 not null;
alter table agent_state add column occ_solved_email integer default 0 not null;

-- Backfill from the conversations assigned now.
update agent_state set occ_open_live_messaging = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'OPEN' and c.channel in ('SMS', 'WHATSAPP', 'VIBER', 'TELEGRAM', 'GOOGLE_BUSINESS_MESSAGES', 'APPLE_MESSAGES_FOR_BUSINESS', 'MESSENGER'));
update agent_state set occ_open_live_chat = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'OPEN' and c.channel in ('LIVE_CHAT'));
update agent_state set occ_open_email = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'OPEN' and c.channel in ('EMAIL'));
update agent_state set occ_waiting_live_messaging = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'WAITING' and c.channel in ('SMS', 'WHATSAPP', 'VIBER', 'TELEGRAM', 'GOOGLE_BUSINESS_MESSAGES', 'APPLE_MESSAGES_FOR_BUSINESS', 'MESSENGER'));
update agent_state set occ_waiting_live_chat = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'WAITING' and c.channel in ('LIVE_CHAT'));
update agent_state set occ_waiting_email = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'WAITING' and c.channel in ('EMAIL'));
update agent_state set occ_solved_live_messaging = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'SOLVED' and c.channel in ('SMS', 'WHATSAPP', 'VIBER', 'TELEGRAM', 'GOOGLE_BUSINESS_MESSAGES', 'APPLE_MESSAGES_FOR_BUSINESS', 'MESSENGER'));
update agent_state set occ_solved_live_chat = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'SOLVED' and c.channel in ('LIVE_CHAT'));
update agent_state set occ_solved_email = (select count(*) from conversation c where c.assignee_id = agent_state.agent_id
    and c.status = 'SOLVED' and c.channel in ('EMAIL'));
