-- Trigram indexes make "name or email contains" searches use an index (members_*_trgm_idx).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
