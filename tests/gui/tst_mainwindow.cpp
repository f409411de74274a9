// Drives the real window the way an organizer does: open the demo, search, add someone, undo, delete, undo.
#include "facetbar.h"
#include "forumdocument.h"
#include "mainwindow.h"
#include "participantdialog.h"
#include "participantfilter.h"
#include "participantspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace cordee;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheDemo();
    void searchIsAccentAndCaseBlind();
    void facetsNarrowTheTable();
    void addThenUndoThenRedo();
    void dialogRefusesANamelessPerson();
    void deleteThenUndo();
    void refusesAFileThatIsNotAForum();
    void settingsAreCheckedAndUndoable();

private:
    QAbstractItemModel *tableModel() const;
    QAction *action(const QString &name) const;
    /// Runs `fill` on the next modal dialog as soon as it shows.
    void onNextDialog(std::function<void(QDialog *)> fill);

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo());
    m_window->showPage(QStringLiteral("participantsPage"));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QAbstractItemModel *TestMainWindow::tableModel() const
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("participantsTable"));
    return table ? table->model() : nullptr;
}

QAction *TestMainWindow::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestMainWindow::onNextDialog(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, this, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

void TestMainWindow::opensTheDemo()
{
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->stats().participants, 350);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Alpine Forum")));
    auto *figures = m_window->findChild<QLabel *>(QStringLiteral("figuresLabel"));
    QVERIFY(figures->text().contains(QStringLiteral("350")));
    QVERIFY(figures->text().contains(QStringLiteral("45")));
    QCOMPARE(tableModel()->rowCount(), int(m_window->document()->participants().size()));
}

void TestMainWindow::searchIsAccentAndCaseBlind()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("helene"));
    QVERIFY(tableModel()->rowCount() >= 1);
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        const QString first = tableModel()->index(row, 1).data().toString();
        const QString org = tableModel()->index(row, 2).data().toString();
        QVERIFY2(first.contains(QStringLiteral("Hélène")) ||
                     org.contains(QStringLiteral("Hélène"), Qt::CaseInsensitive) ||
                     tableModel()->index(row, 0).data().toString().contains(QStringLiteral("Hélène")),
                 qPrintable(first));
    }
    search->clear();
    QTest::keyClicks(search, QStringLiteral("SENEGAL"));
    const int senegalese = tableModel()->rowCount();
    QVERIFY(senegalese > 0);
    for (int row = 0; row < senegalese; ++row)
        QCOMPARE(tableModel()->index(row, 3).data().toString(), QStringLiteral("Senegal"));
    search->clear();
    QCOMPARE(tableModel()->rowCount(), int(m_window->document()->participants().size()));
}

void TestMainWindow::facetsNarrowTheTable()
{
    auto *facets = m_window->findChild<FacetBar *>();
    QVERIFY(facets);
    ParticipantFacets f;
    f.continents.insert(Continent::Oceania);
    facets->setFacets(f);
    const int oceania = tableModel()->rowCount();
    QVERIFY(oceania > 0 && oceania < 20);
    for (int row = 0; row < oceania; ++row)
        QCOMPARE(tableModel()->index(row, 4).data().toString(), QStringLiteral("Oceania"));
    auto *clear = m_window->findChild<QToolButton *>(QStringLiteral("clearFacets"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(tableModel()->rowCount(), int(m_window->document()->participants().size()));
}

void TestMainWindow::addThenUndoThenRedo()
{
    const int before = tableModel()->rowCount();
    onNextDialog([](QDialog *dialog) {
        // QTest types ASCII only: the accented name is pasted, as people often do.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstNameEdit")),
                         QStringLiteral("Zoe"));
        dialog->findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->insert(QStringLiteral("Zélig"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("zoe@zelig.example"));
        auto *country = dialog->findChild<QComboBox *>(QStringLiteral("countryCombo"));
        country->setCurrentIndex(country->findData(QStringLiteral("SN")));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    action(QStringLiteral("addParticipantAction"))->trigger();
    QCOMPARE(tableModel()->rowCount(), before + 1);
    const auto &people = m_window->document()->participants();
    const auto it = std::find_if(people.cbegin(), people.cend(),
                                 [](const Participant &p) { return p.lastName == u"Zélig"; });
    QVERIFY(it != people.cend());
    QCOMPARE(it->country, QStringLiteral("SN"));

    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(tableModel()->rowCount(), before);
    action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(tableModel()->rowCount(), before + 1);

    // What the window shows is what the file holds.
    auto reopened = ForumDocument::open(m_window->document()->path());
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->participants().size(), people.size());
}

void TestMainWindow::dialogRefusesANamelessPerson()
{
    const int before = tableModel()->rowCount();
    onNextDialog([](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("not-an-address"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        // Still open, and it says why.
        QVERIFY(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("name")));
        dialog->reject();
    });
    action(QStringLiteral("addParticipantAction"))->trigger();
    QCOMPARE(tableModel()->rowCount(), before);
}

void TestMainWindow::deleteThenUndo()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("participantsTable"));
    const int before = tableModel()->rowCount();
    table->selectRow(0);
    table->selectionModel()->select(tableModel()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString firstName = tableModel()->index(0, 0).data().toString();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(tableModel()->rowCount(), before - 2);
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(tableModel()->rowCount(), before);
    QCOMPARE(tableModel()->index(0, 0).data().toString(), firstName);
}

void TestMainWindow::refusesAFileThatIsNotAForum()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cordee"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes, not a forum\n");
    file.close();
    const QString title = m_window->windowTitle();
    onNextDialog([](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not a Cordée forum")));
        box->accept();
    });
    QVERIFY(!m_window->openFile(path));
    // The demo stays open, and the file is untouched.
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("just some notes, not a forum\n"));
}

void TestMainWindow::settingsAreCheckedAndUndoable()
{
    const ForumInfo before = m_window->document()->info();
    onNextDialog([](QDialog *dialog) {
        auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("startDateEdit"));
        auto *end = dialog->findChild<QDateEdit *>(QStringLiteral("endDateEdit"));
        end->setDate(start->date().addDays(-1));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(dialog->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("ends before it starts")));
        end->setDate(start->date().addDays(3));
        auto *max = dialog->findChild<QSpinBox *>(QStringLiteral("workshopMaxSpin"));
        max->setValue(14);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    action(QStringLiteral("forumSettingsAction"))->trigger();
    QCOMPARE(m_window->document()->info().workshopMax, 14);
    QCOMPARE(m_window->document()->info().endDate, before.startDate.addDays(3));
    action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_window->document()->info(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
