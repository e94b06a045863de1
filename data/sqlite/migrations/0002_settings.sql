-- Settings: chair-adjustable values (DOMAIN values marked uncertain, remembered
-- choices such as an import's column mapping), one text value per key.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
