#include "forumfile.h"

#include "forumrepository.h"
#include "participantrepository.h"
#include "sqlcheck.h"
#include "validation.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Status writeProgramme(ForumRepository &forum, ForumData &data)
{
    if (Status s = forum.saveInfo(data.info); !s)
        return s;
    for (qsizetype i = 0; i < data.themes.size(); ++i)
        if (Status s = forum.insertTheme(data.themes[i], int(i)); !s)
            return s;
    for (Room &r : data.rooms)
        if (Status s = forum.insertRoom(r); !s)
            return s;
    for (TimeSlot &t : data.timeSlots)
        if (Status s = forum.insertTimeSlot(t); !s)
            return s;
    for (Workshop &w : data.workshops)
        if (Status s = forum.insertWorkshop(w); !s)
            return s;
    return forum.saveDeclaration(data.declaration);
}

Status writeAssignments(const QSqlDatabase &db, const ForumData &data)
{
    const QString what = Storage::tr("saving the workshops' members");
    QHash<QString, std::pair<qint64, qint64>> workshops; // key → (workshop id, slot id)
    QSqlQuery q(db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT key, id, slot_id FROM workshop"), {}, what); !s)
        return s;
    while (q.next())
        workshops.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    for (const AssignmentData &a : data.assignments) {
        const auto w = workshops.constFind(a.workshop);
        if (w == workshops.cend() || a.participantIndex < 0 || a.participantIndex >= data.participants.size())
            return Error{Storage::tr("An assignment names an unknown workshop or participant."), a.workshop};
        if (Status s = sql::exec(
                q,
                QStringLiteral("INSERT INTO assignment (participant_id, workshop_id, slot_id, pinned) "
                               "VALUES (?, ?, ?, ?)"),
                {data.participants.at(a.participantIndex).id, w->first, w->second, int(a.pinned)}, what);
            !s)
            return s;
    }
    return {};
}

} // namespace

Status writeForumData(ForumDatabase &db, ForumData data)
{
    WriteTransaction tx(db.connection());
    if (Status s = tx.begin(Storage::tr("writing the forum")); !s)
        return s;
    ForumRepository forum(db.connection());
    if (Status s = writeProgramme(forum, data); !s)
        return s;
    ParticipantRepository participants(db.connection());
    if (Status s = participants.insert(data.participants); !s)
        return s;
    if (Status s = writeAssignments(db.connection(), data); !s)
        return s;
    return tx.commit();
}

Result<std::unique_ptr<ForumDatabase>> createForumFile(const QString &path, const ForumData &data)
{
    const QList<FieldProblem> problems = validateForumData(data);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << p.field + QStringLiteral(": ") + p.message;
        return Error{Storage::tr("The forum description has %n problem(s):", nullptr, int(problems.size())) +
                         u'\n' + lines.join(u'\n'),
                     {}};
    }
    auto db = ForumDatabase::create(path);
    if (!db)
        return db.error();
    if (Status s = writeForumData(*db.value(), data); !s) {
        db.value().reset();
        ForumDatabase::removeFiles(path);
        return s.error();
    }
    return db;
}

} // namespace cordee
