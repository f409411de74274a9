#include "migrations.h"

namespace cordee {

namespace {

// Schema 1: the whole domain, so later features add behaviour rather than redesign. Keys are the stable
// identifiers users and scripts see; ids are internal. Dates are ISO 8601 text (YYYY-MM-DD, HH:MM).
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE forum (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            edition INTEGER NOT NULL DEFAULT 0,
            theme TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT,
            start_date TEXT,
            end_date TEXT,
            organizer TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT 'en',
            workshop_min INTEGER NOT NULL DEFAULT 10 CHECK (workshop_min >= 1),
            workshop_max INTEGER NOT NULL DEFAULT 15 CHECK (workshop_max >= workshop_min)))"),
        QStringLiteral(R"(CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE room (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            capacity INTEGER NOT NULL CHECK (capacity >= 1)))"),
        QStringLiteral(R"(CREATE TABLE time_slot (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('conference', 'round_table', 'workshops', 'break')),
            title TEXT NOT NULL DEFAULT '',
            room_id INTEGER REFERENCES room (id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT,
            organisation TEXT NOT NULL DEFAULT '',
            country TEXT,
            gender TEXT NOT NULL DEFAULT 'not_stated' CHECK (gender IN ('F', 'M', 'X', 'not_stated')),
            age_band TEXT,
            category TEXT,
            languages TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL DEFAULT 'participant',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'present', 'cancelled')),
            erased INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX participant_email ON participant (email)"),
        QStringLiteral(R"(CREATE TABLE participant_preference (
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
            rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 5),
            theme_id INTEGER NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
            PRIMARY KEY (participant_id, rank),
            UNIQUE (participant_id, theme_id)))"),
        QStringLiteral(R"(CREATE TABLE participant_unavailability (
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
            slot_id INTEGER NOT NULL REFERENCES time_slot (id) ON DELETE CASCADE,
            PRIMARY KEY (participant_id, slot_id)))"),
        QStringLiteral(R"(CREATE TABLE workshop (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            slot_id INTEGER NOT NULL REFERENCES time_slot (id) ON DELETE CASCADE,
            theme_id INTEGER REFERENCES theme (id) ON DELETE SET NULL,
            room_id INTEGER REFERENCES room (id) ON DELETE SET NULL,
            language TEXT,
            title TEXT NOT NULL DEFAULT '',
            facilitator_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
            rapporteur_id INTEGER REFERENCES participant (id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE assignment (
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
            workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
            slot_id INTEGER NOT NULL REFERENCES time_slot (id) ON DELETE CASCADE,
            pinned INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (participant_id, workshop_id),
            UNIQUE (participant_id, slot_id)))"),
        QStringLiteral(R"(CREATE TABLE proposal (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            workshop_id INTEGER REFERENCES workshop (id) ON DELETE SET NULL,
            parent_id INTEGER REFERENCES proposal (id) ON DELETE CASCADE,
            theme_id INTEGER REFERENCES theme (id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'submitted', 'retained', 'rejected', 'merged')),
            position INTEGER,
            support INTEGER,
            rapporteur_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
            merged_into_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE proposal_tag (
            proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('sdg', 'actor')),
            value TEXT NOT NULL,
            PRIMARY KEY (proposal_id, kind, value)))"),
        QStringLiteral(R"(CREATE TABLE proposal_lineage (
            source_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            created_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (source_id, target_id)))"),
        QStringLiteral(R"(CREATE TABLE guest (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE declaration_text (
            part TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (part, language)))"),
        QStringLiteral(R"(CREATE TABLE export_record (
            id INTEGER PRIMARY KEY,
            exported_at TEXT NOT NULL,
            format TEXT NOT NULL,
            language TEXT NOT NULL,
            path TEXT NOT NULL DEFAULT '',
            proposal_keys TEXT NOT NULL DEFAULT ''))"),
    };
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{
        Migration{1, schemaV1()},
        // Schema 2: the organizer's weights of the formation objective, as "name=value" pairs (only those
        // changed from the defaults).
        Migration{
            2, {QStringLiteral("ALTER TABLE forum ADD COLUMN formation_weights TEXT NOT NULL DEFAULT ''")}},
        // Schema 3: the guests of honour's titles in the declaration's other languages (the `guest` row keeps
        // the title of the base texts).
        Migration{3, {QStringLiteral(R"(CREATE TABLE guest_title (
            guest_id INTEGER NOT NULL REFERENCES guest (id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            PRIMARY KEY (guest_id, language)))")}},
    };
    return migrations;
}

} // namespace cordee
