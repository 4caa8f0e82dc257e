-- V46 started survey_seq at 1. EclipseLink reads a sequence value as the last id of a block of 50 and refuses one
-- below 50 ("sequence setup incorrectly"): on a new database the very first survey failed to go out. One value
-- taken here moves it past that (on a database where it was already used, it skips one block: harmless).
select nextval('survey_seq');
