-- A room holds one session at a time, decided by the database: the programme check in the api
-- reads and then writes, and two organizers booking the same slot at once would both pass it.
-- Times are half-open ('[)'), as in the programme rules, so 09:00-10:00 and 10:00-11:00 fit one
-- room. Sessions without a room are not in the constraint; a deleted session is gone, and there
-- is no cancelled state that keeps a row. "id" WITH <> never excludes anything (ids are unique);
-- it puts both sessions' ids in the violation's detail, so the error can name them.
-- Prisma's schema cannot express an exclusion constraint; its diff leaves this one alone.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Session" ADD CONSTRAINT "Session_room_time_excl"
  EXCLUDE USING gist ("roomId" WITH =, tsrange("startsAt", "endsAt", '[)') WITH &&, "id" WITH <>)
  WHERE ("roomId" IS NOT NULL);
