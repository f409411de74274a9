#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// One step of the schema: the statements that take a file from `version - 1` to `version`. Steps are
/// applied in order, each in its own transaction; a released step is never edited, only followed by a new
/// one.
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace cordee
