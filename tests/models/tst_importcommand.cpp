// An import as one undoable step: new people and completed people land together, undo takes both back in one
// transaction, redo restores the same ids.
#include "testsupport.h"

#include "demoforum.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "participantcommands.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;

class TstImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importUndoRedo();
};

void TstImportCommand::importUndoRedo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.cordee"));
    auto db = createForumFile(path, makeDemoForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto opened = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(opened);
    ForumDocument &doc = *opened.value();
    const qsizetype before = doc.participants().size();

    Participant a = cordee::test::sampleParticipant();
    a.email = QStringLiteral("new.one@example.org");
    Participant b = a;
    b.firstName = QStringLiteral("Ousmane");
    b.email = QStringLiteral("new.two@example.org");
    const Participant original = doc.participants().at(10);
    Participant completed = original;
    completed.notes = QStringLiteral("Completed by the import");

    auto *command = new ImportParticipantsCommand(&doc, {a, b}, {completed}, {original});
    doc.undoStack()->push(command);
    QCOMPARE(doc.participants().size(), before + 2);
    const QList<qint64> ids = command->insertedIds();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.at(0) > 0 && ids.at(1) > 0);
    QCOMPARE(doc.participants().at(10).notes, QStringLiteral("Completed by the import"));

    doc.undoStack()->undo();
    QCOMPARE(doc.participants().size(), before);
    QCOMPARE(doc.participants().at(10), original);
    {
        auto reopened = ForumDocument::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->participants(), doc.participants());
    }

    doc.undoStack()->redo();
    QCOMPARE(doc.participants().size(), before + 2);
    QCOMPARE(command->insertedIds(), ids);
    QVERIFY(doc.indexOfParticipant(ids.at(0)) >= 0);
    auto reopened = ForumDocument::open(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->participants(), doc.participants());
}

QTEST_GUILESS_MAIN(TstImportCommand)
#include "tst_importcommand.moc"
