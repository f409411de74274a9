// The declaration's free texts edited through the undo stack: each keystroke reaches the file at once (a
// second opening of the file sees it), typing in one part is one step, undo and redo write the file back,
// an emptied text gives the part back to the base, computed parts are refused, and exports are recorded.
#include "testsupport.h"

#include "declarationcommands.h"
#include "demofile.h"
#include "forumdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cordee;
using cordee::test::errorText;
using namespace Qt::StringLiterals;

class TstDeclarationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingIsWrittenAtOnceAndUndoneInOneStep();
    void anotherPartIsAnotherStep();
    void typingBackToTheStartLeavesNoStep();
    void emptyTextGivesThePartBackToTheBase();
    void computedPartIsRefused();
    void changesAreAnnounced();
    void exportsAreRecordedLatestFirst();
    void guestsAreWrittenAndUndoneInOneStep();

private:
    /// The own text of `language` for `part`, as a fresh opening of the file reads it.
    QString textInFile(const QString &language, DeclarationPart part) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
};

void TstDeclarationCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = m_dir.filePath(u"demo.cordee"_s);
    auto db = createDemoForumFile(m_demo);
    QVERIFY2(db, qPrintable(errorText(db.status())));
}

void TstDeclarationCommands::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    QVERIFY(QFile::copy(m_demo, m_path));
    auto doc = ForumDocument::open(m_path);
    QVERIFY2(doc, qPrintable(errorText(doc.status())));
    m_doc = std::move(doc).value();
}

void TstDeclarationCommands::cleanup()
{
    m_doc.reset();
}

QString TstDeclarationCommands::textInFile(const QString &language, DeclarationPart part) const
{
    auto other = ForumDocument::open(m_path);
    if (!other)
        return u"<cannot open>"_s;
    return other.value()->declarationText(language, part);
}

void TstDeclarationCommands::typingIsWrittenAtOnceAndUndoneInOneStep()
{
    const QString before = m_doc->declarationText(u"fr"_s, DeclarationPart::Patronage);
    QVERIFY(before.startsWith(u"Cette sixième édition"));
    QString typed = before;
    for (const QString &word : {u" Merci"_s, u" à"_s, u" tous."_s}) {
        typed += word;
        QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Patronage, typed));
        QCOMPARE(textInFile(u"fr"_s, DeclarationPart::Patronage), typed);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Edit Patronage"_s);
    // The other languages keep their own.
    QVERIFY(textInFile(u"es"_s, DeclarationPart::Patronage).startsWith(u"Esta sexta edición"));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->declarationText(u"fr"_s, DeclarationPart::Patronage), before);
    QCOMPARE(textInFile(u"fr"_s, DeclarationPart::Patronage), before);
    m_doc->undoStack()->redo();
    QCOMPARE(textInFile(u"fr"_s, DeclarationPart::Patronage), typed);
}

void TstDeclarationCommands::anotherPartIsAnotherStep()
{
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Closing, u"Fin."_s));
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Conclusion, u"Conclusion."_s));
    QVERIFY(pushDeclarationText(m_doc.get(), u"en"_s, DeclarationPart::Conclusion, u"End."_s));
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Closing, u"Fin du texte."_s));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(textInFile(u"fr"_s, DeclarationPart::Closing), u"Fin."_s);
    QCOMPARE(textInFile(u"en"_s, DeclarationPart::Conclusion), u"End."_s);
}

void TstDeclarationCommands::typingBackToTheStartLeavesNoStep()
{
    const QString before = m_doc->declarationText(u"fr"_s, DeclarationPart::Closing);
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Closing, before + u"x"_s));
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Closing, before));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(textInFile(u"fr"_s, DeclarationPart::Closing), before);
    // Writing what is there already is no step either.
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Closing, before));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TstDeclarationCommands::emptyTextGivesThePartBackToTheBase()
{
    const QString base = m_doc->declarationText({}, DeclarationPart::Patronage);
    QVERIFY(base.startsWith(u"This sixth edition"));
    QVERIFY(pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Patronage, {}));
    QVERIFY(textInFile(u"fr"_s, DeclarationPart::Patronage).isEmpty());
    QCOMPARE(m_doc->declarationTexts().inLanguage(u"fr"_s).patronage, base);
    DeclarationInput input = m_doc->declarationInput();
    input.language = u"fr"_s;
    QCOMPARE(buildDeclaration(input).patronage, QStringList{base});
    m_doc->undoStack()->undo();
    QVERIFY(textInFile(u"fr"_s, DeclarationPart::Patronage).startsWith(u"Cette sixième édition"));
}

void TstDeclarationCommands::computedPartIsRefused()
{
    QSignalSpy failed(m_doc.get(), &ForumDocument::storageFailed);
    QVERIFY(!pushDeclarationText(m_doc.get(), u"fr"_s, DeclarationPart::Introduction, u"x"_s));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.count(), 1);
}

void TstDeclarationCommands::changesAreAnnounced()
{
    QList<std::pair<QString, DeclarationPart>> seen;
    connect(m_doc.get(), &ForumDocument::declarationChanged, this,
            [&seen](const QString &language, DeclarationPart part) {
                seen.append({language, part});
            });
    QVERIFY(pushDeclarationText(m_doc.get(), u"es"_s, DeclarationPart::Question, u"¿Y ahora?"_s));
    m_doc->undoStack()->undo();
    const QList<std::pair<QString, DeclarationPart>> expected{{u"es"_s, DeclarationPart::Question},
                                                              {u"es"_s, DeclarationPart::Question}};
    QCOMPARE(seen, expected);
}

void TstDeclarationCommands::exportsAreRecordedLatestFirst()
{
    auto before = m_doc->exportRecords();
    QVERIFY2(before, qPrintable(errorText(before.status())));
    QSignalSpy recorded(m_doc.get(), &ForumDocument::exportRecorded);
    ExportRecord first{0,
                       QDateTime(QDate(2026, 10, 16), QTime(18, 0), Qt::UTC),
                       u"pdf"_s,
                       u"fr"_s,
                       u"/tmp/a.pdf"_s,
                       {u"P-1"_s, u"P-2"_s}};
    ExportRecord second = first;
    second.exportedAt = first.exportedAt.addSecs(60);
    second.format = u"md"_s;
    QVERIFY(m_doc->recordExport(first));
    QVERIFY(m_doc->recordExport(second));
    QVERIFY(first.id > 0 && second.id > first.id);
    QCOMPARE(recorded.count(), 2);
    auto after = m_doc->exportRecords();
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() + 2);
    QCOMPARE(after->at(0).format, u"md"_s);
    QCOMPARE(after->at(1).proposalKeys, first.proposalKeys);
}

void TstDeclarationCommands::guestsAreWrittenAndUndoneInOneStep()
{
    const QList<Guest> before = m_doc->declarationTexts().guests;
    QVERIFY(before.size() >= 2); // the demo's
    const auto inFile = [this] {
        auto other = ForumDocument::open(m_path);
        return other ? other.value()->declarationTexts().guests : QList<Guest>{};
    };
    QList<Guest> after = before;
    after.move(0, after.size() - 1); // reordered
    Guest mayor{u"Chantal Rey"_s, u"Mayor of Annecy"_s};
    mayor.titles.insert(u"fr"_s, u"Maire d'Annecy"_s);
    after.insert(1, mayor);
    QSignalSpy changed(m_doc.get(), &ForumDocument::declarationChanged);
    QVERIFY(pushGuests(m_doc.get(), after));
    QCOMPARE(m_doc->declarationTexts().guests, after);
    QCOMPARE(inFile(), after);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undoStack()->undoText().contains(u"Guests"_s));
    // The declaration thanks them in this order, with the French title in French.
    DeclarationInput input = m_doc->declarationInput();
    input.language = u"fr"_s;
    const Declaration d = buildDeclaration(input);
    QCOMPARE(d.guests.size(), after.size());
    QCOMPARE(d.guests.at(1).name, u"Chantal Rey"_s);
    QCOMPARE(d.guests.at(1).title, u"Maire d'Annecy"_s);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->declarationTexts().guests, before);
    QCOMPARE(inFile(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(inFile(), after);
    // The same list again is no step.
    QVERIFY(pushGuests(m_doc.get(), after));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TstDeclarationCommands)
#include "tst_declarationcommands.moc"
