// The Synthesis page on the demo forum: the preview's pages, typing in a free part written to the file and
// undone by Ctrl+Z with the editor following, the language changing the declaration, exports recorded in
// the history (and refused ones recording nothing), the computed figures, the empty state.
#include "smallprogramme.h"

#include "declarationpages.h"
#include "declarationpartsview.h"
#include "declarationpreview.h"
#include "demofile.h"
#include "exporthistory.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "guestsdialog.h"
#include "partedit.h"
#include "synthesispage.h"

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstSynthesisPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsThePages();
    void typingIsWrittenAndUndoRestoresTheEditor();
    void languageChangesTheDeclaration();
    void paperAndGroupingChangeThePreview();
    void exportWritesTheFileAndRecordsIt_data();
    void exportWritesTheFileAndRecordsIt();
    void unwritableExportShowsAnErrorAndRecordsNothing();
    void printsEveryPage();
    void computedFiguresAreTheForumsFigures();
    void proposalsChangedRefreshesThePreview();
    void emptyStateLeadsToTheProposals();
    void guestsAreEditedInADialog();

private:
    QString fileText(const QString &language, DeclarationPart part) const;
    QAction *choice(const QString &objectName) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<SynthesisPage> m_page;
};

void TstSynthesisPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = m_dir.filePath(u"demo.cordee"_s);
    auto db = createDemoForumFile(m_demo);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
}

void TstSynthesisPage::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    auto doc = ForumDocument::open(m_path);
    QVERIFY2(doc, qPrintable(doc.isOk() ? QString() : doc.error().fullText()));
    m_doc = std::move(doc).value();
    m_page = std::make_unique<SynthesisPage>();
    m_page->resize(1000, 700);
    m_page->setDocument(m_doc.get());
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TstSynthesisPage::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

QString TstSynthesisPage::fileText(const QString &language, DeclarationPart part) const
{
    auto other = ForumDocument::open(m_path);
    return other ? other.value()->declarationText(language, part) : u"<cannot open>"_s;
}

QAction *TstSynthesisPage::choice(const QString &objectName) const
{
    return m_page->findChild<QAction *>(objectName);
}

void TstSynthesisPage::previewShowsThePages()
{
    QVERIFY(!m_page->isEmptyState());
    QVERIFY(m_page->preview()->isVisible());
    QVERIFY(m_page->preview()->pageCount() >= 1);
    QCOMPARE(m_page->preview()->pageCount(), DeclarationPages(m_page->declaration()).pageCount());
    // The demo's first language is French.
    QCOMPARE(m_page->language(), u"fr"_s);
    QCOMPARE(m_page->declaration().language, u"fr"_s);
    QVERIFY(m_page->declaration().pointCount() > 0);
    // The first page is painted: not the desk's grey all over.
    const QImage shot = m_page->preview()->viewport()->grab().toImage();
    QVERIFY(shot.pixelColor(shot.width() / 2, 60) == QColor(Qt::white));
}

void TstSynthesisPage::typingIsWrittenAndUndoRestoresTheEditor()
{
    PartEdit *edit = m_page->parts()->editor(DeclarationPart::Patronage);
    QVERIFY(edit);
    const QString before = edit->toPlainText();
    QVERIFY(before.startsWith(u"Cette sixième édition"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Merci."_s);
    QCOMPARE(edit->toPlainText(), before + u" Merci."_s);
    // Written at once, without waiting for the preview.
    QCOMPARE(fileText(u"fr"_s, DeclarationPart::Patronage), before + u" Merci."_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_page->rebuildPending());
    QTRY_VERIFY(m_page->declaration().patronage.join(u' ').endsWith(u"Merci."));

    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), before);
    QCOMPARE(fileText(u"fr"_s, DeclarationPart::Patronage), before);
    QTRY_COMPARE(m_page->declaration().patronage, QStringList{before});
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), before + u" Merci."_s);
}

void TstSynthesisPage::languageChangesTheDeclaration()
{
    QAction *english = choice(u"enChoice"_s);
    QVERIFY(english);
    english->trigger();
    QCOMPARE(m_page->language(), u"en"_s);
    const Declaration &d = m_page->declaration();
    QCOMPARE(d.language, u"en"_s);
    QVERIFY2(d.introduction.contains(u"October"), qPrintable(d.introduction));
    QVERIFY(d.title.startsWith(u"Final declaration"));
    // The English editor shows the base, the common text.
    QVERIFY(m_page->parts()->editor(DeclarationPart::Patronage)->toPlainText().startsWith(u"This sixth"));

    choice(u"frChoice"_s)->trigger();
    QCOMPARE(m_page->declaration().language, u"fr"_s);
    QVERIFY2(m_page->declaration().introduction.contains(u"octobre"),
             qPrintable(m_page->declaration().introduction));
    QVERIFY(m_page->declaration().introduction.contains(u"participants"));
    QVERIFY(m_page->declaration().title.startsWith(u"Déclaration finale"));
    QVERIFY(m_page->parts()->editor(DeclarationPart::Patronage)->toPlainText().startsWith(u"Cette"));
    QVERIFY(m_page->parts()->computedText(DeclarationPart::Title)->text().startsWith(u"Déclaration"));
}

void TstSynthesisPage::paperAndGroupingChangeThePreview()
{
    const QSizeF a4 = m_page->preview()->pages()->pageSizePoints();
    choice(u"letterChoice"_s)->trigger();
    QCOMPARE(m_page->paper(), PaperSize::Letter);
    QVERIFY(m_page->preview()->pages()->pageSizePoints() != a4);
    QVERIFY(m_page->declaration().sections.size() == 1);
    m_page->findChild<QAction *>(u"groupByThemeAction"_s)->trigger();
    QVERIFY(m_page->declaration().sections.size() > 1);
    QVERIFY(!m_page->declaration().sections.constFirst().heading.isEmpty());
}

void TstSynthesisPage::exportWritesTheFileAndRecordsIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << u"declaration.pdf"_s << u"pdf"_s;
    QTest::newRow("html") << u"declaration.html"_s << u"html"_s;
    QTest::newRow("md") << u"declaration.md"_s << u"md"_s;
    QTest::newRow("odt") << u"declaration.odt"_s << u"odt"_s;
}

void TstSynthesisPage::exportWritesTheFileAndRecordsIt()
{
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QTemporaryDir out;
    const QString path = out.filePath(fileName);
    const int before = m_page->history()->count();
    const auto recordsBefore = m_doc->exportRecords();
    QVERIFY(recordsBefore);
    QSignalSpy status(m_page.get(), &Page::statusMessage);

    QVERIFY2(m_page->exportTo(path), qPrintable(m_page->lastError()));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(m_page->history()->count(), before + 1);
    QCOMPARE(status.count(), 1);
    const auto records = m_doc->exportRecords();
    QVERIFY(records);
    QCOMPARE(records->size(), recordsBefore->size() + 1);
    const ExportRecord &latest = records->constFirst();
    QCOMPARE(latest.format, format);
    QCOMPARE(latest.language, u"fr"_s);
    QCOMPARE(latest.path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(latest.proposalKeys, m_page->declaration().proposalKeys());
    QVERIFY(!latest.proposalKeys.isEmpty());
    // The newest first in the history, with its count of proposals.
    const QString shown = m_page->history()->list()->item(0)->text();
    QVERIFY2(shown.contains(QString::number(latest.proposalKeys.size()) + u' '), qPrintable(shown));
    QVERIFY2(shown.contains(fileName), qPrintable(shown));
    QVERIFY2(shown.contains(u"Français"), qPrintable(shown));
    if (format == u"html" || format == u"md") { // PDF and ODT are compressed
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(m_page->declaration().title.left(20)));
    }
}

void TstSynthesisPage::unwritableExportShowsAnErrorAndRecordsNothing()
{
    QTemporaryDir out;
    // A folder that cannot be made: its parent is a file (root could write in a read-only folder).
    QFile blocker(out.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = out.filePath(u"not-a-folder/declaration.pdf"_s);
    const int before = m_page->history()->count();
    const int records = int(m_doc->exportRecords()->size());

    QVERIFY(!m_page->exportTo(path));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(m_page->lastError().contains(u"not-a-folder"), qPrintable(m_page->lastError()));
    auto *box = m_page->findChild<QMessageBox *>(u"synthesisError"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    box->accept();
    QCOMPARE(m_page->history()->count(), before);
    QCOMPARE(int(m_doc->exportRecords()->size()), records);

    // An extension Cordée does not write is refused the same way.
    QVERIFY(!m_page->exportTo(out.filePath(u"declaration.docx"_s)));
    QVERIFY(m_page->lastError().contains(u".docx"));
    QCOMPARE(int(m_doc->exportRecords()->size()), records);
}

void TstSynthesisPage::printsEveryPage()
{
    QTemporaryDir out;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out.filePath(u"printed.pdf"_s));
    const int records = int(m_doc->exportRecords()->size());
    QVERIFY(m_page->printOn(printer));
    QFile pdf(printer.outputFileName());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // As many pages as the preview shows.
    QVERIFY(m_page->preview()->pageCount() > 1);
    const QByteArray count = "/Count " + QByteArray::number(m_page->preview()->pageCount());
    QVERIFY(bytes.contains(count));
    QCOMPARE(int(m_doc->exportRecords()->size()), records); // a print is not an export
}

void TstSynthesisPage::computedFiguresAreTheForumsFigures()
{
    const ForumStats stats = m_doc->stats();
    const DeclarationFigures figures = m_page->declaration().figures;
    QCOMPARE(figures.participants, stats.participants);
    QCOMPARE(figures.countries, stats.countries());
    QCOMPARE(figures.continents, stats.continents());
    const QString shown = m_page->parts()->figures()->text();
    QVERIFY2(shown.startsWith(QString::number(stats.participants) + u' '), qPrintable(shown));
    QVERIFY2(shown.contains(u"· "_s + QString::number(stats.countries()) + u' '), qPrintable(shown));
    QVERIFY2(shown.contains(u"· "_s + QString::number(stats.continents()) + u' '), qPrintable(shown));
    // The computed parts read only, the free ones editable.
    QVERIFY(m_page->parts()
                ->computedText(DeclarationPart::Introduction)
                ->text()
                .contains(QString::number(stats.participants)));
    QVERIFY(!m_page->parts()->editor(DeclarationPart::Introduction));
    QVERIFY(m_page->parts()->editor(DeclarationPart::Conclusion));
}

void TstSynthesisPage::proposalsChangedRefreshesThePreview()
{
    // A participant cancelled elsewhere: the figures follow after the pause.
    Participant p = m_doc->participants().constFirst();
    QVERIFY(p.status != ParticipantStatus::Cancelled);
    const int before = m_page->declaration().figures.participants;
    p.status = ParticipantStatus::Cancelled;
    QVERIFY(m_doc->updateParticipant(p));
    QVERIFY(m_page->rebuildPending());
    QTRY_COMPARE(m_page->declaration().figures.participants, before - 1);
}

void TstSynthesisPage::emptyStateLeadsToTheProposals()
{
    const QString path = m_dir.filePath(u"empty.cordee"_s);
    QFile::remove(path);
    auto db = createForumFile(path, cordee::test::smallProgrammeForum());
    QVERIFY(db);
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_page->setDocument(doc.value().get());
    QVERIFY(m_page->isEmptyState());
    QVERIFY(!m_page->findChild<QAction *>(u"exportDeclarationAction"_s)->isEnabled());
    QSignalSpy requested(m_page.get(), &Page::showPageRequested);
    auto *button = m_page->findChild<QPushButton *>(u"openProposalsButton"_s);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), u"proposalsPage"_s);
    m_page->setDocument(m_doc.get());
    QVERIFY(!m_page->isEmptyState());
}

void TstSynthesisPage::guestsAreEditedInADialog()
{
    const QList<Guest> before = m_doc->declarationTexts().guests;
    // The dialog shows the guests, takes a new one with a French title, and leaves out a row without a name.
    GuestsDialog dialog(before);
    QCOMPARE(dialog.table()->rowCount(), int(before.size()));
    QCOMPARE(dialog.guests(), before);
    dialog.addRow();
    dialog.table()->item(int(before.size()), 0)->setText(u"  Chantal   Rey "_s);
    dialog.table()->item(int(before.size()), 1)->setText(u"Mayor of Annecy"_s);
    dialog.table()->item(int(before.size()), 3)->setText(u"Maire d'Annecy"_s);
    dialog.addRow(); // left empty
    const QList<Guest> edited = dialog.guests();
    QCOMPARE(edited.size(), before.size() + 1);
    QCOMPARE(edited.last().name, u"Chantal Rey"_s);
    QCOMPARE(edited.last().titleIn(u"fr"_s), u"Maire d'Annecy"_s);
    QCOMPARE(edited.last().titleIn(u"es"_s), u"Mayor of Annecy"_s);

    // Edit Guests… opens it; what it gives is one step of the history, and the preview follows.
    auto *button = m_page->findChild<QPushButton *>(u"editGuestsButton"_s);
    QVERIFY(button);
    QTimer::singleShot(0, this, [&] {
        auto *open = qobject_cast<GuestsDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        if (const QByteArray keep = qgetenv("CORDEE_KEEP_SCREENSHOTS"); !keep.isEmpty())
            open->grab().save(QString::fromLocal8Bit(keep) + u"/guests-dialog.png"_s);
        open->table()->removeRow(0);
        open->accept();
    });
    button->click();
    QCOMPARE(m_doc->declarationTexts().guests, before.mid(1));
    QTRY_COMPARE(m_page->declaration().guests.size(), before.size() - 1);
    QVERIFY(!m_page->parts()->computedText(DeclarationPart::Guests)->text().contains(before.first().name));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->declarationTexts().guests, before);
    QTRY_COMPARE(m_page->declaration().guests.size(), before.size());
}

QTEST_MAIN(TstSynthesisPage)
#include "tst_synthesispage.moc"
