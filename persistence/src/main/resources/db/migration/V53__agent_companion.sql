-- Agent companion (the guide's "Agent companion (Powered by GenAI)"): the AI summary and the suggested replies, each
-- switched on and off by a supervisor in Settings. Off until turned on, as the guide's toggles.
insert into setting (name, val) values ('companion.summary.enabled', 'false');
insert into setting (name, val) values ('companion.suggestedReplies.enabled', 'false');
