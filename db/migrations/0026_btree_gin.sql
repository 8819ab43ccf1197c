-- Lets a trigram index lead with org_id (members_org_*_trgm_idx), so a search reads one organisation's matches, not every tenant's.
CREATE EXTENSION IF NOT EXISTS btree_gin;
