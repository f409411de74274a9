#pragma once

#include "forumdata.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTime>

namespace cordee {

/// Reads a forum description (`cordee-cli new FILE --from FORUM.json`):
/// `title` (required), `edition`, `theme`, `city`, `country`, `start`, `end` (YYYY-MM-DD), `organizer`,
/// `languages`, `workshop_size` {`min`, `max`}, `themes` [{`key`, `title`, `description`}],
/// `rooms` [{`key`, `name`, `capacity`}], `slots` [{`key`, `date`, `start`, `end`, `kind`, `title`, `room`}],
/// `workshops` [{`key`, `slot`, `theme`, `room`, `language`, `title`}],
/// `declaration` {`patronage`, `guests` [{`name`, `title`}], `conclusion`}.
/// Every problem is reported with its JSON path (`workshops[3].room: no room "R9"`); unknown keys are
/// refused.
class ForumJsonReader
{
public:
    /// The forum, or nothing and the problems in `problems`.
    std::optional<ForumData> read(const QByteArray &json);
    const QList<FieldProblem> &problems() const { return m_problems; }

private:
    void problem(const QString &path, const QString &message);
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);
    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    int integer(const QJsonObject &o, const QString &path, const QString &key, int fallback);
    QDate date(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    QTime time(const QJsonObject &o, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key);
    /// True when `code` is an ISO 639-1 code; else a problem at `path`.`code`.
    bool languageCode(const QString &code, const QString &path);
    void readInfo(const QJsonObject &root, ForumInfo &info);
    void readProgramme(const QJsonObject &root, ForumData &data);
    void readSlots(const QJsonArray &slotList, ForumData &data);
    void readDeclaration(const QJsonObject &root, DeclarationTexts &texts);
    void readFreeTexts(const QJsonObject &o, const QString &path, DeclarationFreeTexts &texts);

    QList<FieldProblem> m_problems;
};

} // namespace cordee
