-- The quarantine: messages held for review, with why they were held.
-- Portable SQL: the same file runs on H2 (MODE=PostgreSQL) and on PostgreSQL. Unquoted names,
-- VARCHAR without a length for free text, BYTEA for the message.

-- One row per held message: what a reviewer filters and sorts by.
CREATE TABLE held_message (
    id             VARCHAR(32)  NOT NULL PRIMARY KEY,  -- random, URL-safe, not guessable
    held_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)  NOT NULL,              -- HELD, later RELEASED / REJECTED / EXPIRED
    node           VARCHAR(255) NOT NULL,              -- which gateway held it (several share PostgreSQL)
    sender         VARCHAR      NOT NULL,              -- envelope sender; '' for the null sender
    subject        VARCHAR      NOT NULL,              -- decoded, one line
    verdict_action VARCHAR(16)  NOT NULL,              -- QUARANTINE, or ENCRYPT held until encryption exists
    message_size   BIGINT       NOT NULL               -- bytes of the original message
);
CREATE INDEX held_message_status_time ON held_message (status, held_at);

-- The envelope recipients, in order, with the action the verdict gave each.
CREATE TABLE held_recipient (
    message_id     VARCHAR(32)  NOT NULL REFERENCES held_message (id) ON DELETE CASCADE,
    ordinal        INTEGER      NOT NULL,
    address        VARCHAR      NOT NULL,
    verdict_action VARCHAR(16),
    PRIMARY KEY (message_id, ordinal)
);

-- The raised flags, most severe first, each with its action and plain-English reason.
CREATE TABLE held_flag (
    message_id     VARCHAR(32)  NOT NULL REFERENCES held_message (id) ON DELETE CASCADE,
    ordinal        INTEGER      NOT NULL,
    flag           VARCHAR(64)  NOT NULL,
    flag_action    VARCHAR(16)  NOT NULL,
    reason         VARCHAR      NOT NULL,
    PRIMARY KEY (message_id, ordinal)
);
CREATE INDEX held_flag_by_flag ON held_flag (flag);

-- The verdict's reasons as shown to the sender (flags' reasons, and unreadable attachments).
CREATE TABLE held_reason (
    message_id     VARCHAR(32)  NOT NULL REFERENCES held_message (id) ON DELETE CASCADE,
    ordinal        INTEGER      NOT NULL,
    reason         VARCHAR      NOT NULL,
    PRIMARY KEY (message_id, ordinal)
);

-- What the detectors found, with masked excerpts only (the full text is in the message).
CREATE TABLE held_finding (
    message_id     VARCHAR(32)  NOT NULL REFERENCES held_message (id) ON DELETE CASCADE,
    ordinal        INTEGER      NOT NULL,
    finding_type   VARCHAR(64)  NOT NULL,
    location_kind  VARCHAR(16)  NOT NULL,              -- SUBJECT, BODY, ATTACHMENT
    location_name  VARCHAR      NOT NULL,              -- 'subject', 'body' or the attachment's path
    start_offset   INTEGER      NOT NULL,
    end_offset     INTEGER      NOT NULL,
    excerpt        VARCHAR      NOT NULL,              -- masked
    confidence     DOUBLE PRECISION NOT NULL,
    rule_name      VARCHAR      NOT NULL,
    report_only    BOOLEAN      NOT NULL,
    PRIMARY KEY (message_id, ordinal)
);

-- The message itself, apart from the metadata so that lists never read it. "cipher" names how
-- the bytes are sealed ('none' until encryption at rest), so rows written before and after
-- encryption is switched on stay readable side by side.
CREATE TABLE held_content (
    message_id     VARCHAR(32)  NOT NULL PRIMARY KEY REFERENCES held_message (id) ON DELETE CASCADE,
    cipher         VARCHAR(32)  NOT NULL,
    content        BYTEA        NOT NULL
);
