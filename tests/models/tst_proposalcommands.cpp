// Proposals changed through the undo stack: every step reaches the file at once (a second opening of the
// file sees it while the first is still open), undo and redo restore it exactly, typing is written word by
// word yet undone in one step, and merges and splits keep their history through undo and redo.
#include "smallprogramme.h"
#include "testsupport.h"

#include "forumdocument.h"
#include "forumfile.h"
#include "proposalcommands.h"
#include "proposallineage.h"
#include "proposaltextcommitter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

class TstProposalCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void loadsAndCountsProposals();
    void addUndoRedoReachTheFile();
    void refusedEditLeavesNoStep();
    void typingIsWrittenWordByWordAndUndoneAtOnce();
    void pauseWritesTheWordBeingTyped();
    void typingBackToTheStartLeavesNoStep();
    void typingInAnotherProposalIsAnotherStep();
    void mergeAndUndoKeepLineage();
    void splitAndUndoKeepLineage();
    void removedRapporteurIsFollowed();
    void typingIntoANewProposalIsOneStep();

private:
    /// The proposals as a fresh opening of the file reads them, the first document still open.
    ProposalSet reread() const;
    QString add(const QString &text, const QString &workshop = u"W1-A"_s);
    QString textInFile(const QString &key) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstProposalCommands::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    auto db = createForumFile(m_path, cordee::test::smallProgrammeForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
}

void TstProposalCommands::cleanup()
{
    m_doc.reset();
}

ProposalSet TstProposalCommands::reread() const
{
    auto other = ForumDocument::open(m_path);
    if (!other)
        qWarning() << other.error().fullText();
    return other ? other.value()->proposals() : ProposalSet{};
}

QString TstProposalCommands::add(const QString &text, const QString &workshop)
{
    Proposal p;
    p.workshop = workshop;
    p.text = text;
    p.theme = u"T1"_s;
    auto planned = planAdd(m_doc->proposals(), p);
    const QString key = planned ? planned->added.constFirst().key : QString();
    const Status s = pushProposalEdit(m_doc.get(), planned, u"Add"_s);
    return s ? key : QString();
}

QString TstProposalCommands::textInFile(const QString &key) const
{
    const ProposalSet set = reread();
    const Proposal *p = set.find(key);
    return p ? p->text : u"<none>"_s;
}

void TstProposalCommands::loadsAndCountsProposals()
{
    QCOMPARE(m_doc->proposalCount(), 0);
    const QString a = add(u"Créer un fonds de garantie"_s);
    QVERIFY(!a.isEmpty());
    Proposal sub;
    sub.workshop = u"W1-A"_s;
    sub.parent = a;
    sub.text = u"avec les collectivités"_s;
    QVERIFY(pushProposalEdit(m_doc.get(), planAdd(m_doc->proposals(), sub), u"Add"_s));
    QCOMPARE(m_doc->proposals().proposals.size(), 2);
    QCOMPARE(m_doc->proposalCount(), 1);
    auto other = ForumDocument::open(m_path);
    QVERIFY(other);
    QCOMPARE(other.value()->proposalCount(), 1);
    QCOMPARE(other.value()->proposals(), m_doc->proposals());
}

void TstProposalCommands::addUndoRedoReachTheFile()
{
    QSignalSpy changed(m_doc.get(), &ForumDocument::proposalsChanged);
    const QString key = add(u"Ouvrir les marchés publics aux coopératives"_s);
    QCOMPARE(key, u"P-0001"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reread(), m_doc->proposals());
    QVERIFY(m_doc->proposals().find(key)->id != 0);

    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->proposals().contains(key));
    QVERIFY(!reread().contains(key));
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->proposals().contains(key));
    QCOMPARE(reread(), m_doc->proposals());

    // A status change moves a retained proposal to the declaration's list; undo puts it back exactly.
    const ProposalSet before = m_doc->proposals();
    QVERIFY(pushProposalEdit(m_doc.get(), planSetStatus(m_doc->proposals(), key, ProposalStatus::Retained),
                             u"Retain"_s));
    QCOMPARE(reread().find(key)->status, ProposalStatus::Retained);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals(), before);
    QCOMPARE(reread(), before);
}

void TstProposalCommands::refusedEditLeavesNoStep()
{
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    Proposal ghost;
    ghost.key = u"P-0099"_s;
    ghost.text = u"nowhere"_s;
    ProposalEdit edit;
    edit.before << ghost;
    edit.after << ghost;
    edit.after[0].text = u"still nowhere"_s;
    m_doc->undoStack()->push(new ProposalEditCommand(m_doc.get(), edit, u"Edit"_s));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.count(), 1);
    // Through the helper, the error comes back to the caller.
    QVERIFY(!pushProposalEdit(m_doc.get(), edit, u"Edit"_s));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TstProposalCommands::typingIsWrittenWordByWordAndUndoneAtOnce()
{
    const QString key = add(u"Former"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    ProposalTextCommitter committer;
    committer.setDocument(m_doc.get());
    committer.setIdleDelay(60000); // only word ends write here
    const QString typed = u"Former les élus, "_s;
    QString text = u"Former"_s;
    QStringList seenInFile;
    for (qsizetype i = text.size(); i < typed.size(); ++i) {
        text += typed.at(i);
        committer.textEdited(key, text);
        seenInFile << textInFile(key);
    }
    // " " wrote "Former ", "," and " " wrote the rest; the letters between waited for their word's end.
    QCOMPARE(seenInFile.at(0), u"Former "_s);
    QCOMPARE(seenInFile.at(1), u"Former "_s); // "l" is the word being typed
    QCOMPARE(textInFile(key), typed);
    QVERIFY(!committer.hasPending());
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // A word typed after, finished by focus leaving: still the same step.
    committer.textEdited(key, typed + u"ruraux"_s);
    QCOMPARE(textInFile(key), typed);
    QVERIFY(committer.flush());
    QCOMPARE(textInFile(key), typed + u"ruraux"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals().find(key)->text, u"Former"_s);
    QCOMPARE(textInFile(key), u"Former"_s);
    m_doc->undoStack()->redo();
    QCOMPARE(textInFile(key), typed + u"ruraux"_s);
}

void TstProposalCommands::pauseWritesTheWordBeingTyped()
{
    const QString key = add(u"Taxer"_s);
    ProposalTextCommitter committer;
    committer.setDocument(m_doc.get());
    committer.setIdleDelay(50);
    QSignalSpy committed(&committer, &ProposalTextCommitter::committed);
    committer.textEdited(key, u"Taxer les "_s);
    QCOMPARE(textInFile(key), u"Taxer les "_s);
    committer.textEdited(key, u"Taxer les transactio"_s);
    QCOMPARE(textInFile(key), u"Taxer les "_s);
    QVERIFY(committed.wait(2000));
    QCOMPARE(textInFile(key), u"Taxer les transactio"_s);
}

void TstProposalCommands::typingBackToTheStartLeavesNoStep()
{
    const QString key = add(u"Mutualiser"_s);
    ProposalTextCommitter committer;
    committer.setDocument(m_doc.get());
    committer.textEdited(key, u"Mutualiser "_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    committer.textEdited(key, u"Mutualiser"_s);
    QVERIFY(committer.flush());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(textInFile(key), u"Mutualiser"_s);
}

void TstProposalCommands::typingInAnotherProposalIsAnotherStep()
{
    const QString a = add(u"Un"_s);
    const QString b = add(u"Deux"_s);
    ProposalTextCommitter committer;
    committer.setDocument(m_doc.get());
    committer.textEdited(a, u"Un seul"_s); // pending "seul"
    committer.textEdited(b, u"Deux f"_s);  // writes a first, then b's word end
    QCOMPARE(textInFile(a), u"Un seul"_s);
    QCOMPARE(textInFile(b), u"Deux f"_s);
    QVERIFY(committer.flush());
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(textInFile(b), u"Deux"_s);
    QCOMPARE(textInFile(a), u"Un seul"_s);
}

void TstProposalCommands::mergeAndUndoKeepLineage()
{
    const QString a = add(u"Créer des fonds de garantie pour les coopératives"_s);
    const QString b = add(u"Garantir les prêts aux coopératives"_s, u"W1-B"_s);
    const ProposalSet before = m_doc->proposals();
    const QString text = mergeTextDraft(before, {a, b});
    QVERIFY(text.contains(u"fonds de garantie"_s));
    auto planned = planMerge(before, {a, b}, u"Des fonds de garantie pour les prêts aux coopératives"_s);
    QVERIFY(planned);
    const QString merged = planned->added.constFirst().key;
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"Merge"_s));
    QCOMPARE(m_doc->undoStack()->count(), 3);

    const ProposalSet after = reread();
    QCOMPARE(after.find(a)->status, ProposalStatus::Merged);
    QCOMPARE(after.find(a)->mergedInto, merged);
    QCOMPARE(after.find(b)->mergedInto, merged);
    QCOMPARE(after.find(merged)->workshop, QString()); // two workshops: the plenary
    QCOMPARE(originsOf(after, merged), (QStringList{a, b}));
    QCOMPARE(descendantsOf(after, a), QStringList{merged});
    QCOMPARE(after.sourcesOf(merged).size(), 2);
    QVERIFY(after.sourcesOf(merged).constFirst().at.isValid());
    QCOMPARE(m_doc->proposals().lineage, after.lineage);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals(), before);
    QCOMPARE(reread(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(originsOf(reread(), merged), (QStringList{a, b}));
    QCOMPARE(reread().find(a)->mergedInto, merged);
}

void TstProposalCommands::splitAndUndoKeepLineage()
{
    const QString a = add(u"Former les élus et financer les réseaux"_s);
    const ProposalSet before = m_doc->proposals();
    auto planned = planSplit(before, a, {u"Former les élus"_s, u"Financer les réseaux"_s});
    QVERIFY(planned);
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"Split"_s));
    const ProposalSet after = reread();
    const QStringList parts = descendantsOf(after, a);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(after.find(a)->status, ProposalStatus::Merged);
    QCOMPARE(after.find(parts.at(0))->text, u"Former les élus"_s);
    QCOMPARE(after.targetsOf(a).constFirst().kind, LineageKind::Split);
    QCOMPARE(originsOf(after, parts.at(1)), QStringList{a});

    m_doc->undoStack()->undo();
    QCOMPARE(reread(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(descendantsOf(reread(), a), parts);
}

void TstProposalCommands::removedRapporteurIsFollowed()
{
    const qint64 rapporteur = m_doc->participants().constFirst().id;
    Proposal p;
    p.workshop = u"W1-A"_s;
    p.text = u"Un texte"_s;
    p.rapporteurId = rapporteur;
    QVERIFY(pushProposalEdit(m_doc.get(), planAdd(m_doc->proposals(), p), u"Add"_s));
    QSignalSpy changed(m_doc.get(), &ForumDocument::proposalsChanged);
    QVERIFY(m_doc->removeParticipants({rapporteur}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->proposals().proposals.constFirst().rapporteurId, 0);
    QCOMPARE(m_doc->proposals(), reread());
}

void TstProposalCommands::typingIntoANewProposalIsOneStep()
{
    // A proposal started by Enter is written with its first letter, the rest typed into the same step.
    Proposal p;
    p.workshop = u"W1-A"_s;
    p.text = u"M"_s;
    auto planned = planAdd(m_doc->proposals(), p);
    const QString key = planned->added.constFirst().key;
    QVERIFY(pushProposalEdit(m_doc.get(), planned, u"Add"_s, typingTag(key)));
    QCOMPARE(textInFile(key), u"M"_s);
    ProposalTextCommitter committer;
    committer.setDocument(m_doc.get());
    committer.textEdited(key, u"Mieux "_s);
    committer.textEdited(key, u"Mieux former"_s);
    QVERIFY(committer.flush());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(textInFile(key), u"Mieux former"_s);
    m_doc->undoStack()->undo();
    QVERIFY(!reread().contains(key));
    m_doc->undoStack()->redo();
    QCOMPARE(textInFile(key), u"Mieux former"_s);
    QCOMPARE(m_doc->proposals(), reread());
}

QTEST_GUILESS_MAIN(TstProposalCommands)
#include "tst_proposalcommands.moc"
