// Drives the import wizard, the export and a person's data rights through the real window, the way an
// organizer does: a Windows-1252 spreadsheet with French headers, a mapping changed and restored, the review,
// Import, Undo and Redo; Export…; Erase Personal Data….
#include "forumdocument.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "participantcommands.h"
#include "participantcsv.h"
#include "participantimport.h"
#include "participantspage.h"
#include "participanttablemodel.h"
#include "personaldatadialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace cordee;

namespace {

/// Windows-1252 bytes of `text` (Latin-1 plus the few letters Windows puts in 0x80–0x9F).
QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        if (c.unicode() < 0x100)
            bytes += char(c.unicode());
        else if (c == u'œ')
            bytes += '\x9c';
        else if (c == u'€')
            bytes += '\x80';
        else
            bytes += '?';
    }
    return bytes;
}

bool isLatin1(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80 || (c.unicode() >= 0xa0 && c.unicode() < 0x100);
    });
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsAWindows1252Spreadsheet();
    void sameFileTwiceHasNothingToImport();
    void unreadableFileBlocksNext();
    void largeFileIsReadInTheBackground();
    void cancelledReadIsDropped();
    void exportWritesACsvFile();
    void personalDataActionsFollowTheSelection();
    void exportsPersonalData();
    void erasePersonalDataAfterConfirming();
    void cancelledEraseChangesNothing();

private:
    void checkFileStep(ImportWizard *wizard, const QString &path);
    void checkColumnsStep(ImportWizard *wizard);
    void checkReviewStep(ImportWizard *wizard);
    QTableView *table() const;
    QAction *action(const QString &name) const;
    void onNextDialog(std::function<void(QDialog *)> fill);
    /// Writes the French spreadsheet; `completed` is the demo person it repeats (by e-mail) with an
    /// organisation they lack.
    QString writeSpreadsheet(const Participant &completed);
    /// A demo person whose names Windows-1252 can carry, with their organisation cleared.
    Participant personWithoutOrganisation();
    int participantCount() const { return int(m_window->document()->participants().size()); }
    const Participant *findByEmail(const QString &email) const;
    void selectParticipant(qint64 id);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo());
    m_window->showPage(QStringLiteral("participantsPage"));
}

void TestImportWizard::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QTableView *TestImportWizard::table() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("participantsTable"));
}

QAction *TestImportWizard::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestImportWizard::onNextDialog(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, this, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        // A failed check returns early from `fill`: close the dialog so that the test ends.
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    });
}

const Participant *TestImportWizard::findByEmail(const QString &email) const
{
    for (const Participant &p : m_window->document()->participants())
        if (p.email.compare(email, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

void TestImportWizard::selectParticipant(qint64 id)
{
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong() == id) {
            table()->setFocus();
            table()->selectRow(row);
            return;
        }
    QFAIL("participant not in the table");
}

Participant TestImportWizard::personWithoutOrganisation()
{
    ForumDocument *doc = m_window->document();
    for (Participant p : doc->participants()) {
        if (p.email.isEmpty() || p.organisation.isEmpty() || !isLatin1(p.displayName()))
            continue;
        p.organisation.clear();
        // Set up directly, not through the undo stack: the import must restore exactly this.
        if (!doc->updateParticipant(p))
            return {};
        return p;
    }
    return {};
}

QString TestImportWizard::writeSpreadsheet(const Participant &completed)
{
    const QString theme = m_window->document()->themes().constFirst().key;
    const QStringList lines{
        QStringLiteral("Prénom;Nom;Courriel;Organisme;Pays;Sexe;Langues;Choix 1"),
        // Row 2: someone new.
        QStringLiteral("Hélène;Ébrard;helene.ebrard@coeur.example;Atelier Cœur;France;Femme;fr;") + theme,
        // Row 3: a demo person again (e-mail in capitals), bringing the organisation they lacked.
        completed.firstName + u';' + completed.lastName + u';' + completed.email.toUpper() +
            QStringLiteral(";Coopérative du Lac;;;;"),
        // Row 4: no name at all: refused.
        QStringLiteral(";;sans.nom@coeur.example;Réseau;Sénégal;Homme;fr;"),
        // Row 5: new, with a malformed e-mail and a country that does not exist.
        QStringLiteral("Zoé;Marchal;pas-une-adresse;Ferme du Lac;Atlantide;Femme;fr;"),
    };
    const QString path = m_dir->filePath(QStringLiteral("inscriptions.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(windows1252(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
    return path;
}

void TestImportWizard::checkFileStep(ImportWizard *wizard, const QString &path)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // no file yet
    wizard->setFile(path);
    const QString detected = wizard->findChild<QLabel *>(QStringLiteral("detectedLabel"))->text();
    QVERIFY2(detected.contains(QStringLiteral("Windows-1252")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("semicolons")), qPrintable(detected));
    QVERIFY(wizard->findChild<QComboBox *>(QStringLiteral("encodingCombo"))->isEnabled());
    QVERIFY(wizard->findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->isEnabled());
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("rawPreview"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Prénom"));
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Hélène"));
    QCOMPARE(preview->item(1, 3)->text(), QStringLiteral("Atelier Cœur"));
    QCOMPARE(preview->verticalHeaderItem(4)->text(), QStringLiteral("5"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestImportWizard::checkColumnsStep(ImportWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));
    auto combo = [wizard](int column) {
        return wizard->findChild<QComboBox *>(QStringLiteral("mappingCombo_%1").arg(column));
    };
    auto choose = [&](int column, ImportField field) {
        combo(column)->setCurrentIndex(combo(column)->findData(int(field)));
    };
    // Guessed from the French headers.
    const QList<ImportField> expected{ImportField::FirstName,    ImportField::LastName,   ImportField::Email,
                                      ImportField::Organisation, ImportField::Country,    ImportField::Gender,
                                      ImportField::Languages,    ImportField::Preference1};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(combo(column)->currentData().toInt(), int(expected.at(column)));
    // Leaving the organisation out, then taking it back.
    choose(3, ImportField::Ignore);
    QCOMPARE(combo(3)->currentText(), QStringLiteral("Do not import"));
    choose(3, ImportField::Organisation);
    // A field taken by another column leaves the one that had it.
    choose(3, ImportField::Email);
    QCOMPARE(combo(2)->currentData().toInt(), int(ImportField::Ignore));
    choose(2, ImportField::Email);
    QCOMPARE(combo(3)->currentData().toInt(), int(ImportField::Ignore));
    choose(3, ImportField::Organisation);
    // Without a name column there is nothing to import.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    choose(0, ImportField::Ignore);
    choose(1, ImportField::Ignore);
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("mappingHint"))->text().contains(u"name"));
    choose(0, ImportField::FirstName);
    choose(1, ImportField::LastName);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestImportWizard::checkReviewStep(ImportWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReviewPageId));
    const ImportPlan &plan = wizard->plan();
    QCOMPARE(plan.toInsert.size(), 2);
    QCOMPARE(plan.toUpdate.size(), 1);
    QCOMPARE(plan.refused, 1);
    QCOMPARE(plan.duplicates, 1);
    const QString counts = wizard->findChild<QLabel *>(QStringLiteral("reviewCountsLabel"))->text();
    QVERIFY2(counts.contains(QStringLiteral("2 new participant")), qPrintable(counts));
    // Problems by spreadsheet row (header = row 1).
    auto *problems = wizard->findChild<QTableWidget *>(QStringLiteral("problemsTable"));
    QVERIFY(problems->isVisible());
    QSet<QString> found;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const int number = problems->item(row, 0)->data(Qt::DisplayRole).toInt();
        const QString text = problems->item(row, 2)->text();
        QVERIFY2(number >= 3 && number <= 5, qPrintable(QString::number(number) + u' ' + text));
        if (number == 3) // said, so that nobody wonders where the row went
            QVERIFY2(text.contains(QStringLiteral("duplicate")), qPrintable(text));
        QVERIFY(!problems->item(row, 2)->icon().isNull());
        QCOMPARE(text.startsWith(QStringLiteral("Refused")), number == 4);
        found.insert(QString::number(number) + u':' + problems->item(row, 1)->text());
    }
    QVERIFY(found.contains(QStringLiteral("5:Courriel")));
    QVERIFY(found.contains(QStringLiteral("5:Pays")));
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const QString &s) { return s.startsWith(u"4:"); }));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QCOMPARE(finish->text(), QStringLiteral("Import"));
    QVERIFY(finish->isEnabled());
}

void TestImportWizard::importsAWindows1252Spreadsheet()
{
    const Participant completed = personWithoutOrganisation();
    QVERIFY(completed.id != 0);
    const QString path = writeSpreadsheet(completed);
    QVERIFY(!path.isEmpty());
    const int before = participantCount();
    bool reviewed = false;
    onNextDialog([&](QDialog *dialog) {
        auto *wizard = qobject_cast<ImportWizard *>(dialog);
        QVERIFY(wizard);
        QCOMPARE(wizard->objectName(), QStringLiteral("importWizard"));
        for (const auto &step : {std::function<void()>([&] { checkFileStep(wizard, path); }),
                                 std::function<void()>([&] { checkColumnsStep(wizard); }),
                                 std::function<void()>([&] { checkReviewStep(wizard); })}) {
            step();
            if (QTest::currentTestFailed())
                return;
        }
        reviewed = true;
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    });
    action(QStringLiteral("importParticipantsAction"))->trigger();
    QVERIFY(reviewed);

    const QString ebrard = QStringLiteral("helene.ebrard@coeur.example");
    QCOMPARE(participantCount(), before + 2);
    QCOMPARE(table()->model()->rowCount(), before + 2);
    QVERIFY(findByEmail(ebrard));
    QCOMPARE(findByEmail(ebrard)->organisation, QStringLiteral("Atelier Cœur"));
    QCOMPARE(findByEmail(completed.email)->organisation, QStringLiteral("Coopérative du Lac"));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Imported 2")) && message.contains(QStringLiteral("Ctrl+Z")),
             qPrintable(message));

    // One step to undo, one to redo.
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(participantCount(), before);
    QCOMPARE(table()->model()->rowCount(), before);
    QVERIFY(!findByEmail(ebrard));
    QCOMPARE(findByEmail(completed.email)->organisation, QString());
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(participantCount(), before + 2);
    QCOMPARE(findByEmail(completed.email)->organisation, QStringLiteral("Coopérative du Lac"));

    // What the window shows is what the file holds.
    auto reopened = ForumDocument::open(m_window->document()->path());
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->participants().size(), before + 2);
}

void TestImportWizard::sameFileTwiceHasNothingToImport()
{
    const QString path = writeSpreadsheet(personWithoutOrganisation());
    auto importOnce = [&] {
        ImportWizard wizard(m_window->document()->participants(), m_window->document()->themes(),
                            m_window->document()->timeSlots(), m_window.get());
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        wizard.next();
        if (wizard.currentId() != ImportWizard::ReviewPageId)
            return false;
        const bool canImport = wizard.button(QWizard::FinishButton)->isEnabled();
        const bool explained =
            wizard.findChild<QLabel *>(QStringLiteral("nothingToImportLabel"))->isVisible();
        if (canImport == explained)
            return false;
        const ImportPlan plan = wizard.plan();
        if (canImport)
            m_window->document()->undoStack()->push(new ImportParticipantsCommand(
                m_window->document(), plan.toInsert, plan.toUpdate, plan.updatedBefore));
        return canImport;
    };
    QVERIFY(importOnce());
    const int after = participantCount();
    // Everyone is in the forum now, with everything the file knows: Import is off, and the page says why.
    QVERIFY(!importOnce());
    QCOMPARE(participantCount(), after);
}

void TestImportWizard::unreadableFileBlocksNext()
{
    const QString empty = m_dir->filePath(QStringLiteral("empty.csv"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ImportWizard wizard(m_window->document()->participants(), m_window->document()->themes(),
                        m_window->document()->timeSlots(), m_window.get());
    wizard.show();
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("fileErrorLabel"));
    for (const QString &path : {m_dir->filePath(QStringLiteral("missing.csv")), empty}) {
        wizard.setFile(path);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QFileInfo(path).fileName()), qPrintable(error->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
    // A readable file clears the error.
    const Participant someone = m_window->document()->participants().constFirst();
    wizard.setFile(writeSpreadsheet(someone));
    QVERIFY(!error->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::largeFileIsReadInTheBackground()
{
    ImportWizard wizard(m_window->document()->participants(), m_window->document()->themes(),
                        m_window->document()->timeSlots(), m_window.get());
    wizard.show();
    wizard.setBackgroundThreshold(0);
    wizard.setFile(writeSpreadsheet(m_window->document()->participants().constFirst()));
    auto *progress = wizard.findChild<QProgressBar *>(QStringLiteral("readProgress"));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // indeterminate
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!progress->isVisible());
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("rawPreview"));
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Hélène"));
}

void TestImportWizard::cancelledReadIsDropped()
{
    ImportWizard wizard(m_window->document()->participants(), m_window->document()->themes(),
                        m_window->document()->timeSlots(), m_window.get());
    wizard.show();
    wizard.setBackgroundThreshold(0);
    wizard.setFile(writeSpreadsheet(m_window->document()->participants().constFirst()));
    // click(), not a mouse event: no event may be processed before, or the read could finish first.
    wizard.findChild<QPushButton *>(QStringLiteral("cancelReadButton"))->click();
    QVERIFY(!wizard.findChild<QProgressBar *>(QStringLiteral("readProgress"))->isVisible());
    // The reader finishes in its thread; its result no longer counts.
    QTest::qWait(300);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("rawPreview"))->rowCount(), 0);
}

void TestImportWizard::exportWritesACsvFile()
{
    auto *page = m_window->findChild<ParticipantsPage *>();
    const QString path = m_dir->filePath(QStringLiteral("participants.csv"));
    QVERIFY(action(QStringLiteral("exportParticipantsAction"))->isEnabled());
    QVERIFY(page->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray header = bytes.mid(3, bytes.indexOf("\r\n") - 3);
    QCOMPARE(QString::fromUtf8(header), participantCsvColumns().join(u','));
    QVERIFY(header.startsWith("first_name,last_name,email"));
    QCOMPARE(bytes.count("\r\n"), participantCount() + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("participants.csv")));

    // A folder that does not exist: a message box names the file.
    const QString bad = m_dir->filePath(QStringLiteral("no/such/folder/participants.csv"));
    onNextDialog([](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("participants.csv")), qPrintable(box->text()));
        box->accept();
    });
    QVERIFY(!page->exportTo(bad));
}

void TestImportWizard::personalDataActionsFollowTheSelection()
{
    QAction *exportData = action(QStringLiteral("exportPersonalDataAction"));
    QAction *erase = action(QStringLiteral("erasePersonalDataAction"));
    QVERIFY(!exportData->isEnabled());
    QVERIFY(!erase->isEnabled());
    table()->selectRow(0);
    QVERIFY(exportData->isEnabled());
    QVERIFY(erase->isEnabled());
    table()->selectionModel()->select(table()->model()->index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!exportData->isEnabled());
    QVERIFY(!erase->isEnabled());
    // In the Edit menu and the table's context menu, not in the toolbar.
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("pageToolbar"));
    QVERIFY(!toolbar->actions().contains(erase));
    QVERIFY(toolbar->actions().contains(action(QStringLiteral("importParticipantsAction"))));
    QVERIFY(toolbar->actions().contains(action(QStringLiteral("exportParticipantsAction"))));
    QVERIFY(table()->actions().contains(erase));
    QMenu *edit = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->text() == u"&Edit")
            edit = menu->menu();
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(exportData));
    QVERIFY(edit->actions().contains(erase));
}

void TestImportWizard::exportsPersonalData()
{
    const Participant person = m_window->document()->participants().constFirst();
    QCOMPARE(PersonalDataDialogs::suggestedFileName(person),
             person.displayName() + QStringLiteral(" - personal data.json"));
    const QString path = m_dir->filePath(QStringLiteral("person.json"));
    QVERIFY(PersonalDataDialogs::exportDataTo(m_window.get(), *m_window->document(), person.id, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    QVERIFY(json.contains(person.email));
    QVERIFY(json.contains(person.lastName));
}

void TestImportWizard::erasePersonalDataAfterConfirming()
{
    ForumDocument *doc = m_window->document();
    // Something to undo, which erasing must clear.
    table()->selectRow(0);
    action(QStringLiteral("deleteParticipantAction"))->trigger();
    QVERIFY(doc->undoStack()->canUndo());
    const ForumStats before = doc->stats();
    const Participant person = doc->participants().at(5);
    QVERIFY(!person.lastName.isEmpty());
    selectParticipant(person.id);
    onNextDialog([&person](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(person.displayName()));
        QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("eraseButton")), Qt::LeftButton);
    });
    action(QStringLiteral("erasePersonalDataAction"))->trigger();

    // Their row stays (the figures count it) without their identity; nobody else has their e-mail.
    QAbstractItemModel *model = table()->model();
    bool rowFound = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QVERIFY(cell(ParticipantTableModel::Email) != person.email);
        if (model->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong() != person.id)
            continue;
        rowFound = true;
        QVERIFY(cell(ParticipantTableModel::LastName) != person.lastName);
        QVERIFY(cell(ParticipantTableModel::FirstName) != person.firstName);
        QVERIFY(cell(ParticipantTableModel::Organisation) != person.organisation);
    }
    QVERIFY(rowFound);
    QVERIFY(!action(QStringLiteral("erasePersonalDataAction"))->isEnabled()); // nothing left to erase
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!action(QStringLiteral("undoAction"))->isEnabled());
    const ForumStats after = doc->stats();
    QCOMPARE(after.participants, before.participants);
    QCOMPARE(after.byCountry, before.byCountry);
    QCOMPARE(after.byContinent, before.byContinent);
    QCOMPARE(after.byCategory, before.byCategory);
    QCOMPARE(after.byGender, before.byGender);
}

void TestImportWizard::cancelledEraseChangesNothing()
{
    const Participant person = m_window->document()->participants().at(7);
    selectParticipant(person.id);
    onNextDialog([](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    action(QStringLiteral("erasePersonalDataAction"))->trigger();
    const int index = m_window->document()->indexOfParticipant(person.id);
    QCOMPARE(m_window->document()->participants().at(index), person);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
