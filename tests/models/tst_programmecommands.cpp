// The programme's edits as undoable steps: each one reaches the file at once, undo and redo restore it
// exactly, and removals that would leave something pointing nowhere are refused with a message.
#include "smallprogramme.h"
#include "testsupport.h"

#include "forumdocument.h"
#include "forumfile.h"
#include "programmecommands.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;

namespace {

template <typename T>
const T *find(const QList<T> &items, const QString &key)
{
    for (const T &item : items)
        if (item.key == key)
            return &item;
    return nullptr;
}

QStringList keysOf(const QList<Theme> &themes)
{
    QStringList keys;
    for (const Theme &t : themes)
        keys << t.key;
    return keys;
}

} // namespace

class TstProgrammeCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void themeAddEditRemove();
    void themeInUseIsRefused();
    void themeComesBackInItsPlace();
    void roomRemovalClearsAndUndoRestoresReferences();
    void timeSlotAddMoveRemove();
    void timeSlotInUseIsRefused();
    void invalidItemsAreRefused();
    void workshopRemovalTakesItsPlacements();
    void workshopWithProposalsIsKept();

private:
    /// The document as a fresh opening of the file reads it.
    std::unique_ptr<ForumDocument> reopen() const;
    void push(QUndoCommand *command) { m_doc->undoStack()->push(command); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstProgrammeCommands::init()
{
    m_path =
        m_dir.filePath(QStringLiteral("%1.cordee").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto db = createForumFile(m_path, cordee::test::smallProgrammeForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
}

void TstProgrammeCommands::cleanup()
{
    m_doc.reset();
}

std::unique_ptr<ForumDocument> TstProgrammeCommands::reopen() const
{
    auto doc = ForumDocument::open(m_path);
    if (!doc)
        qWarning() << errorText(doc.status());
    return doc ? std::move(doc).value() : nullptr;
}

void TstProgrammeCommands::themeAddEditRemove()
{
    QSignalSpy changed(m_doc.get(), &ForumDocument::programmeChanged);
    push(new AddThemeCommand(m_doc.get(), Theme{0, QStringLiteral("T4"), QStringLiteral("Youth"), {}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reopen()->themes().last().title, QStringLiteral("Youth"));

    Theme before = *find(m_doc->themes(), QStringLiteral("T4"));
    Theme after = before;
    after.title = QStringLiteral("Youth and enterprise");
    after.description = QStringLiteral("Young founders");
    push(new EditThemeCommand(m_doc.get(), before, after));
    QCOMPARE(reopen()->themes().last(), after);

    push(new RemoveThemeCommand(m_doc.get(), QStringLiteral("T4")));
    QVERIFY(!find(reopen()->themes(), QStringLiteral("T4")));

    m_doc->undoStack()->undo(); // the removal
    QCOMPARE(reopen()->themes().last().title, after.title);
    m_doc->undoStack()->undo(); // the edit
    QCOMPARE(reopen()->themes().last().title, QStringLiteral("Youth"));
    m_doc->undoStack()->undo(); // the addition
    QCOMPARE(reopen()->themes().size(), 3);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(reopen()->themes().last().title, after.title);
    QCOMPARE(m_doc->themes().last().title, after.title);
}

void TstProgrammeCommands::themeInUseIsRefused()
{
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    push(new RemoveThemeCommand(m_doc.get(), QStringLiteral("T1")));
    QCOMPARE(m_doc->undoStack()->count(), 0); // the refused command made itself obsolete
    QCOMPARE(failed.size(), 1);
    const QString message = failed.constFirst().constFirst().value<Error>().message;
    QVERIFY2(message.contains(QStringLiteral("Financing")) && message.contains(QStringLiteral("W1-A")) &&
                 message.contains(QStringLiteral("4 participant")),
             qPrintable(message));
    QVERIFY(find(reopen()->themes(), QStringLiteral("T1")));
}

void TstProgrammeCommands::themeComesBackInItsPlace()
{
    push(new RemoveThemeCommand(m_doc.get(), QStringLiteral("T2")));
    QCOMPARE(m_doc->undoStack()->count(), 0); // T2 is W1-B's theme
    // Free T2, then remove it: T1, T3 remain; undo puts T2 back between them.
    Workshop w = *find(m_doc->workshops(), QStringLiteral("W1-B"));
    Workshop edited = w;
    edited.theme = QStringLiteral("T3");
    push(new EditWorkshopCommand(m_doc.get(), w, edited));
    QList<Participant> people = m_doc->participants();
    for (Participant &p : people)
        p.preferences.removeAll(QStringLiteral("T2"));
    QList<Participant> none;
    QVERIFY(m_doc->applyParticipantChanges(none, people));
    push(new RemoveThemeCommand(m_doc.get(), QStringLiteral("T2")));
    QCOMPARE(keysOf(reopen()->themes()), (QStringList{QStringLiteral("T1"), QStringLiteral("T3")}));
    m_doc->undoStack()->undo();
    const QStringList all{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")};
    QCOMPARE(keysOf(m_doc->themes()), all);
    QCOMPARE(keysOf(reopen()->themes()), all);
}

void TstProgrammeCommands::roomRemovalClearsAndUndoRestoresReferences()
{
    push(new RemoveRoomCommand(m_doc.get(), QStringLiteral("HALL")));
    for (ForumDocument *doc : {m_doc.get(), reopen().release()}) {
        QVERIFY(!find(doc->rooms(), QStringLiteral("HALL")));
        QVERIFY(find(doc->timeSlots(), QStringLiteral("D1-CONF"))->room.isEmpty());
        QVERIFY(find(doc->timeSlots(), QStringLiteral("D2-RT"))->room.isEmpty());
        if (doc != m_doc.get())
            delete doc;
    }
    push(new RemoveRoomCommand(m_doc.get(), QStringLiteral("ATLAS")));
    QVERIFY(find(m_doc->workshops(), QStringLiteral("W1-A"))->room.isEmpty());

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    const auto again = reopen();
    for (const ForumDocument *doc :
         {static_cast<const ForumDocument *>(m_doc.get()), static_cast<const ForumDocument *>(again.get())}) {
        QCOMPARE(doc->rooms().size(), 3);
        QCOMPARE(find(doc->timeSlots(), QStringLiteral("D1-CONF"))->room, QStringLiteral("HALL"));
        QCOMPARE(find(doc->timeSlots(), QStringLiteral("D2-RT"))->room, QStringLiteral("HALL"));
        QCOMPARE(find(doc->workshops(), QStringLiteral("W1-A"))->room, QStringLiteral("ATLAS"));
        QCOMPARE(find(doc->rooms(), QStringLiteral("ATLAS"))->capacity, 10);
    }

    Room before = *find(m_doc->rooms(), QStringLiteral("BAOBAB"));
    Room after = before;
    after.capacity = 30;
    push(new EditRoomCommand(m_doc.get(), before, after));
    QCOMPARE(find(reopen()->rooms(), QStringLiteral("BAOBAB"))->capacity, 30);
    push(new AddRoomCommand(m_doc.get(), Room{0, QStringLiteral("CEDAR"), QStringLiteral("Cedar"), 12}));
    QCOMPARE(reopen()->rooms().size(), 4);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(reopen()->rooms(), m_doc->rooms());
    QCOMPARE(find(m_doc->rooms(), QStringLiteral("BAOBAB"))->capacity, 8);
}

void TstProgrammeCommands::timeSlotAddMoveRemove()
{
    TimeSlot coffee{0,
                    QStringLiteral("D1-BREAK"),
                    QDate(2026, 10, 14),
                    QTime(11, 0),
                    QTime(11, 30),
                    SlotKind::Break,
                    QStringLiteral("Coffee"),
                    {}};
    push(new AddTimeSlotCommand(m_doc.get(), coffee));
    // Programme order: after the opening conference, before lunch.
    QCOMPARE(m_doc->timeSlots().at(1).key, QStringLiteral("D1-BREAK"));
    QCOMPARE(reopen()->timeSlots().at(1).title, QStringLiteral("Coffee"));

    const TimeSlot before = m_doc->timeSlots().at(1);
    TimeSlot moved = before;
    moved.start = QTime(15, 30);
    moved.end = QTime(16, 0);
    moved.room = QStringLiteral("ATLAS");
    push(new EditTimeSlotCommand(m_doc.get(), before, moved, QStringLiteral("Move")));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move"));
    QCOMPARE(m_doc->timeSlots().at(3).key, QStringLiteral("D1-BREAK"));
    const TimeSlot stored = *find(reopen()->timeSlots(), QStringLiteral("D1-BREAK"));
    QCOMPARE(stored.start, QTime(15, 30));
    QCOMPARE(stored.room, QStringLiteral("ATLAS"));

    push(new RemoveTimeSlotCommand(m_doc.get(), QStringLiteral("D1-BREAK")));
    QVERIFY(!find(reopen()->timeSlots(), QStringLiteral("D1-BREAK")));
    m_doc->undoStack()->undo();
    QCOMPARE(find(reopen()->timeSlots(), QStringLiteral("D1-BREAK"))->room, QStringLiteral("ATLAS"));
    m_doc->undoStack()->undo();
    QCOMPARE(find(reopen()->timeSlots(), QStringLiteral("D1-BREAK"))->start, QTime(11, 0));
    m_doc->undoStack()->undo();
    QCOMPARE(reopen()->timeSlots().size(), 5);
}

void TstProgrammeCommands::timeSlotInUseIsRefused()
{
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    push(new RemoveTimeSlotCommand(m_doc.get(), QStringLiteral("D1-W1")));
    push(new RemoveTimeSlotCommand(m_doc.get(), QStringLiteral("D2-W2")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.size(), 2);
    const QString holds = failed.at(0).constFirst().value<Error>().message;
    QVERIFY2(holds.contains(QStringLiteral("2 workshop")) && holds.contains(QStringLiteral("W1-A")),
             qPrintable(holds));
    const QString missed = failed.at(1).constFirst().value<Error>().message;
    QVERIFY2(missed.contains(QStringLiteral("1 participant")), qPrintable(missed));
    // A workshop slot that holds workshops stays one.
    TimeSlot slot = *find(m_doc->timeSlots(), QStringLiteral("D1-W1"));
    TimeSlot plenary = slot;
    plenary.kind = SlotKind::Conference;
    push(new EditTimeSlotCommand(m_doc.get(), slot, plenary));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(reopen()->timeSlots().size(), 5);
}

void TstProgrammeCommands::invalidItemsAreRefused()
{
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    push(new AddTimeSlotCommand(m_doc.get(), TimeSlot{0,
                                                      QStringLiteral("X"),
                                                      QDate(2026, 10, 14),
                                                      QTime(11, 0),
                                                      QTime(10, 0),
                                                      SlotKind::Break,
                                                      {},
                                                      {}}));
    push(new AddRoomCommand(m_doc.get(), Room{0, QStringLiteral("ATLAS"), QStringLiteral("Again"), 5}));
    push(new AddThemeCommand(m_doc.get(), Theme{0, QStringLiteral("bad key"), QStringLiteral("Bad"), {}}));
    Workshop w;
    w.key = QStringLiteral("W-X");
    w.slot = QStringLiteral("D1-CONF");
    push(new AddWorkshopCommand(m_doc.get(), w));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.size(), 4);
    QVERIFY(failed.at(0).constFirst().value<Error>().message.contains(QStringLiteral("end after")));
    QVERIFY(failed.at(1).constFirst().value<Error>().message.contains(QStringLiteral("already used")));
    QVERIFY(failed.at(2).constFirst().value<Error>().message.contains(QStringLiteral("cannot be a key")));
    QVERIFY(failed.at(3).constFirst().value<Error>().message.contains(QStringLiteral("workshop slots")));
    const auto again = reopen();
    QCOMPARE(again->timeSlots().size(), 5);
    QCOMPARE(again->rooms().size(), 3);
    QCOMPARE(again->workshops().size(), 2);
}

void TstProgrammeCommands::workshopRemovalTakesItsPlacements()
{
    QSignalSpy placements(m_doc.get(), &ForumDocument::placementsChanged);
    const QList<AssignmentRow> before = m_doc->assignments();
    QCOMPARE(before.size(), 6);

    Workshop added;
    added.key = QStringLiteral("W2-A");
    added.slot = QStringLiteral("D2-W2");
    added.theme = QStringLiteral("T3");
    added.room = QStringLiteral("ATLAS");
    added.facilitatorId = m_doc->participants().at(0).id;
    push(new AddWorkshopCommand(m_doc.get(), added));
    QCOMPARE(find(reopen()->workshops(), QStringLiteral("W2-A"))->facilitatorId, added.facilitatorId);

    push(new RemoveWorkshopCommand(m_doc.get(), QStringLiteral("W1-A")));
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("D1-W1")});
    QCOMPARE(m_doc->assignments().size(), 2);
    {
        const auto stored = reopen();
        QVERIFY(!find(stored->workshops(), QStringLiteral("W1-A")));
        QCOMPARE(stored->assignments().size(), 2);
    }
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->assignments(), before);
    const auto stored = reopen();
    QCOMPARE(stored->assignments(), before);
    QCOMPARE(find(stored->workshops(), QStringLiteral("W1-A"))->room, QStringLiteral("ATLAS"));
    QCOMPARE(stored->workshops().size(), 3);

    // A move to another room is an edit of the workshop.
    Workshop w = *find(m_doc->workshops(), QStringLiteral("W1-A"));
    Workshop moved = w;
    moved.room = QStringLiteral("HALL");
    push(new EditWorkshopCommand(m_doc.get(), w, moved));
    QCOMPARE(find(reopen()->workshops(), QStringLiteral("W1-A"))->room, QStringLiteral("HALL"));
    QCOMPARE(m_doc->assignments(), before);
}

void TstProgrammeCommands::workshopWithProposalsIsKept()
{
    QSqlQuery q(m_doc->database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO proposal (key, workshop_id, text) SELECT 'P1', id, 'Act' "
                                  "FROM workshop WHERE key = 'W1-A'")));
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    push(new RemoveWorkshopCommand(m_doc.get(), QStringLiteral("W1-A")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().value<Error>().message.contains(QStringLiteral("1 proposal")));
    QCOMPARE(reopen()->workshops().size(), 2);
}

QTEST_GUILESS_MAIN(TstProgrammeCommands)
#include "tst_programmecommands.moc"
