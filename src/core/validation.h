#pragma once

#include "forum.h"
#include "forumdata.h"
#include "participant.h"

#include <QList>
#include <QString>

namespace cordee {

/// A problem with one field: `field` names it (a Participant member or a JSON path such as
/// `workshops[3].room`), `message` says what is wrong in words for people.
struct FieldProblem
{
    QString field;
    QString message;
    bool operator==(const FieldProblem &) const = default;
};

bool isValidEmail(const QString &email);
bool isValidLanguageCode(const QString &code);
bool isValidKey(const QString &key);

/// Checks one participant. `themeKeys`/`slotKeys`, when not empty, are the keys preferences and
/// availability may name.
QList<FieldProblem> validateParticipant(const Participant &p, const QStringList &themeKeys = {},
                                        const QStringList &slotKeys = {});

/// Checks the forum's settings (title, dates in order, languages, workshop sizes).
QList<FieldProblem> validateForumInfo(const ForumInfo &info);

/// Checks a whole forum: its settings, unique keys, capacities and every cross-reference, naming each
/// problem by its JSON path (`rooms[1].capacity`, `workshops[3].room`).
QList<FieldProblem> validateForumData(const ForumData &data);

} // namespace cordee
