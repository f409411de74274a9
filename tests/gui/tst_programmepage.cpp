// The Programme page driven the way an organizer does: the day's grid, a drag to another room, undo, a
// conflict that appears and leads to its items, keyboard removal, and workshops planned from demand.
#include "smallprogramme.h"
#include "testsupport.h"

#include "demandplandialog.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "mainwindow.h"
#include "programmecommands.h"
#include "programmedetails.h"
#include "programmegrid.h"
#include "programmelists.h"
#include "programmepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

using namespace cordee;
using cordee::test::errorText;

namespace {

template <typename T>
const T *byKey(const QList<T> &items, const QString &key)
{
    for (const T &item : items)
        if (item.key == key)
            return &item;
    return nullptr;
}

} // namespace

class TstProgrammePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void gridShowsTheDay();
    void dragMovesAPlenaryItem();
    void dragAWorkshopToAnotherRoom();
    void invalidDropsAreRefused();
    void conflictAppearsAndLeadsToItsItems();
    void deleteKeyRemovesAndUndoRestores();
    void addThemeThroughItsDialog();
    void planFromDemandAndUndo();
    void emptyProgrammeSaysWhatThePageIsFor();
    void demoInTheWindow();

private:
    /// Runs `fill` on the next modal dialog as soon as it shows.
    void onNextDialog(std::function<void(QDialog *)> fill);
    void drag(const QPoint &from, const QPoint &to);

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<ProgrammePage> m_page;
};

void TstProgrammePage::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee");
    auto db = createForumFile(path, cordee::test::smallProgrammeForum());
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
    m_page = std::make_unique<ProgrammePage>();
    m_page->resize(1000, 700);
    m_page->setDocument(m_doc.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TstProgrammePage::cleanup()
{
    if (m_page)
        m_page->setDocument(nullptr);
    m_page.reset();
    m_doc.reset();
}

void TstProgrammePage::onNextDialog(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, this, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

void TstProgrammePage::drag(const QPoint &from, const QPoint &to)
{
    QWidget *viewport = m_page->grid()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    // Moves in steps, past the drag distance, the way a hand does.
    for (int i = 1; i <= 4; ++i) {
        const QPoint p = from + (to - from) * i / 4;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TstProgrammePage::gridShowsTheDay()
{
    QCOMPARE(m_page->objectName(), QStringLiteral("programmePage"));
    QCOMPARE(m_page->currentDay(), QDate(2026, 10, 14));
    ProgrammeGrid *grid = m_page->grid();
    QStringList keys;
    for (const ScheduleItem &i : grid->day().items)
        keys << i.key;
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("D1-CONF"), QStringLiteral("D1-LUNCH"),
                                QStringLiteral("D1-W1"), QStringLiteral("W1-A"), QStringLiteral("W1-B")}));
    // The workshop sits in its room's row, during its slot.
    const QRect workshop = grid->itemRect(QStringLiteral("W1-A"));
    QVERIFY(workshop.contains(grid->pointAt(QStringLiteral("ATLAS"), QTime(14, 30))));
    QVERIFY(grid->item(QStringLiteral("W1-A"))->detail.contains(QStringLiteral("4")));
    // Clicking it selects it and shows it in the details panel.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, workshop.center());
    QCOMPARE(m_page->selection(), (ProgrammeRef{ProgrammeRef::Type::Workshop, QStringLiteral("W1-A")}));
    auto *details = qobject_cast<ProgrammeDetails *>(m_page->detailsWidget());
    QVERIFY2(details->text().contains(QStringLiteral("4 of 10 seats")), qPrintable(details->text()));
    // The second day is a tab away.
    m_page->showDay(QDate(2026, 10, 15));
    QVERIFY(grid->item(QStringLiteral("D2-RT")));
    QVERIFY(!grid->item(QStringLiteral("W1-A")));
}

void TstProgrammePage::dragMovesAPlenaryItem()
{
    ProgrammeGrid *grid = m_page->grid();
    const QRect opening = grid->itemRect(QStringLiteral("D1-CONF"));
    QVERIFY(!opening.isEmpty());
    // Down to Atlas's row and 30 minutes later (the grab point keeps its place in the item).
    const QPoint from = opening.center();
    const QPoint to(from.x() + grid->pointAt(QString(), QTime(10, 0)).x() -
                        grid->pointAt(QString(), QTime(9, 30)).x(),
                    grid->pointAt(QStringLiteral("ATLAS"), QTime(10, 0)).y());
    drag(from, to);
    const TimeSlot *moved = byKey(m_doc->timeSlots(), QStringLiteral("D1-CONF"));
    QCOMPARE(moved->room, QStringLiteral("ATLAS"));
    QCOMPARE(moved->start, QTime(10, 0));
    QCOMPARE(moved->end, QTime(11, 30));
    QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("Opening")));
    m_doc->undoStack()->undo();
    moved = byKey(m_doc->timeSlots(), QStringLiteral("D1-CONF"));
    QCOMPARE(moved->room, QStringLiteral("HALL"));
    QCOMPARE(moved->start, QTime(9, 30));
    QVERIFY(grid->itemRect(QStringLiteral("D1-CONF"))
                .contains(grid->pointAt(QStringLiteral("HALL"), QTime(10, 0))));
}

void TstProgrammePage::dragAWorkshopToAnotherRoom()
{
    ProgrammeGrid *grid = m_page->grid();
    const QPoint from = grid->itemRect(QStringLiteral("W1-B")).center();
    // Dragged sideways too: a workshop keeps its slot's time.
    drag(from, grid->pointAt(QStringLiteral("HALL"), QTime(15, 0)));
    QCOMPARE(byKey(m_doc->workshops(), QStringLiteral("W1-B"))->room, QStringLiteral("HALL"));
    QCOMPARE(grid->item(QStringLiteral("W1-B"))->start, QTime(13, 30));
    m_doc->undoStack()->undo();
    QCOMPARE(byKey(m_doc->workshops(), QStringLiteral("W1-B"))->room, QStringLiteral("BAOBAB"));
    // Alt+Down moves the selected workshop one row down, Alt+Up back.
    m_page->select({ProgrammeRef::Type::Workshop, QStringLiteral("W1-A")});
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(byKey(m_doc->workshops(), QStringLiteral("W1-A"))->room, QStringLiteral("BAOBAB"));
    QTest::keyClick(grid, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(byKey(m_doc->workshops(), QStringLiteral("W1-A"))->room, QStringLiteral("ATLAS"));
}

void TstProgrammePage::invalidDropsAreRefused()
{
    QSignalSpy status(m_page.get(), &Page::statusMessage);
    const int before = m_doc->undoStack()->count();
    QVERIFY(!m_page->moveItem(QStringLiteral("W1-A"), QString(), QTime(13, 30)));
    QVERIFY(!m_page->moveItem(QStringLiteral("D1-W1"), QStringLiteral("ATLAS"), QTime(13, 30)));
    QVERIFY(!m_page->moveItem(QStringLiteral("D1-CONF"), QStringLiteral("HALL"), QTime(23, 0)));
    QCOMPARE(m_doc->undoStack()->count(), before);
    QCOMPARE(status.size(), 3);
    QVERIFY(status.at(0).constFirst().toString().contains(QStringLiteral("room")));
    QVERIFY(status.at(2).constFirst().toString().contains(QStringLiteral("midnight")));
    // Moving the workshop slot's time is fine; its workshops follow.
    QVERIFY(m_page->moveItem(QStringLiteral("D1-W1"), QString(), QTime(14, 7)));
    QCOMPARE(m_page->grid()->item(QStringLiteral("W1-A"))->start, QTime(14, 0));
    m_doc->undoStack()->undo();
}

void TstProgrammePage::conflictAppearsAndLeadsToItsItems()
{
    QListWidget *conflicts = m_page->conflictList();
    QVERIFY(m_page->conflicts().isEmpty());
    QCOMPARE(conflicts->count(), 1); // the "no conflicts" line
    QVERIFY(!(conflicts->item(0)->flags() & Qt::ItemIsEnabled));

    QVERIFY(m_page->moveItem(QStringLiteral("W1-B"), QStringLiteral("ATLAS"), QTime(13, 30)));
    QCOMPARE(m_page->conflicts().size(), 1);
    QCOMPARE(conflicts->count(), 1);
    const QString message = conflicts->item(0)->text();
    QVERIFY2(message.contains(QStringLiteral("Atlas")) && message.contains(QStringLiteral("W1-A")) &&
                 message.contains(QStringLiteral("W1-B")),
             qPrintable(message));
    QVERIFY(m_page->grid()->item(QStringLiteral("W1-A"))->inConflict);
    // Both stay visible, side by side in the row.
    QCOMPARE(m_page->grid()->item(QStringLiteral("W1-B"))->tracks, 2);

    m_page->select({ProgrammeRef::Type::Room, QStringLiteral("HALL")});
    m_page->showDay(QDate(2026, 10, 15));
    QTest::mouseClick(conflicts->viewport(), Qt::LeftButton, {},
                      conflicts->visualItemRect(conflicts->item(0)).center());
    QCOMPARE(m_page->currentDay(), QDate(2026, 10, 14));
    QCOMPARE(m_page->selection(), (ProgrammeRef{ProgrammeRef::Type::Workshop, QStringLiteral("W1-A")}));
    QCOMPARE(m_page->grid()->selectedKey(), QStringLiteral("W1-A"));

    m_doc->undoStack()->undo();
    QVERIFY(m_page->conflicts().isEmpty());
    QVERIFY(!m_page->grid()->item(QStringLiteral("W1-A"))->inConflict);
}

void TstProgrammePage::deleteKeyRemovesAndUndoRestores()
{
    ProgrammeGrid *grid = m_page->grid();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->itemRect(QStringLiteral("W1-A")).center());
    QVERIFY(grid->hasFocus());
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(!byKey(m_doc->workshops(), QStringLiteral("W1-A")));
    QCOMPARE(m_doc->assignments().size(), 2);
    QVERIFY(!grid->item(QStringLiteral("W1-A")));
    QVERIFY(m_page->selection().isNull());
    m_doc->undoStack()->undo();
    QVERIFY(grid->item(QStringLiteral("W1-A")));
    QCOMPARE(m_doc->assignments().size(), 6);
    // A theme from its list: T3 is unused, so it can go.
    m_page->select({ProgrammeRef::Type::Theme, QStringLiteral("T3")});
    QCOMPARE(m_page->lists()->currentWidget(), m_page->lists()->themeList());
    QTest::keyClick(m_page->lists()->themeList(), Qt::Key_Delete);
    QCOMPARE(m_doc->themes().size(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->themes().constLast().key, QStringLiteral("T3"));
}

void TstProgrammePage::addThemeThroughItsDialog()
{
    onNextDialog([](QDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        // Empty: refused inline.
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisibleTo(dialog));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Youth and the SSE"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text(),
                 QStringLiteral("YOUTH-SSE"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    m_page->addTheme();
    QCOMPARE(m_doc->themes().constLast().key, QStringLiteral("YOUTH-SSE"));
    QCOMPARE(m_page->selection(), (ProgrammeRef{ProgrammeRef::Type::Theme, QStringLiteral("YOUTH-SSE")}));
    QCOMPARE(m_page->lists()->themeList()->topLevelItemCount(), 4);
}

void TstProgrammePage::planFromDemandAndUndo()
{
    m_page->showDay(QDate(2026, 10, 15));
    QList<Workshop> planned;
    onNextDialog([&planned](QDialog *dialog) {
        auto *plan = qobject_cast<DemandPlanDialog *>(dialog);
        QVERIFY(plan);
        QCOMPARE(plan->slotKey(), QStringLiteral("D2-W2"));
        auto *table = plan->findChild<QTableWidget *>(QStringLiteral("plannedWorkshopsTable"));
        QVERIFY(table->rowCount() > 0);
        QVERIFY(!plan->findChild<QLabel *>(QStringLiteral("replacesLabel"))->isVisibleTo(plan));
        // One more workshop of T3, by its count.
        auto *count = plan->findChild<QSpinBox *>(QStringLiteral("count_T3"));
        QVERIFY(count);
        const int rows = table->rowCount();
        count->setValue(count->value() + 1);
        QCOMPARE(table->rowCount(), rows + 1);
        planned = plan->workshops();
        for (const Workshop &w : std::as_const(planned))
            QVERIFY2(w.key.startsWith(QStringLiteral("D2-W2-")), qPrintable(w.key));
        QTest::mouseClick(plan->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    m_page->planFromDemand();
    QVERIFY(!planned.isEmpty());
    QStringList stored;
    for (const Workshop &w : m_doc->workshops())
        if (w.slot == u"D2-W2")
            stored << w.key;
    QCOMPARE(stored.size(), planned.size());
    QVERIFY(m_page->grid()->item(planned.constFirst().key));
    m_doc->undoStack()->undo();
    for (const Workshop &w : m_doc->workshops())
        QVERIFY(w.slot != u"D2-W2");
    QVERIFY(!m_page->grid()->item(planned.constFirst().key));

    // Replanning a slot with workshops warns, and keeps the members of workshops that stay alike.
    onNextDialog([](QDialog *dialog) {
        auto *plan = qobject_cast<DemandPlanDialog *>(dialog);
        plan->findChild<QComboBox *>(QStringLiteral("slotCombo"))->setCurrentIndex(0);
        QCOMPARE(plan->slotKey(), QStringLiteral("D1-W1"));
        QVERIFY(plan->findChild<QLabel *>(QStringLiteral("replacesLabel"))->isVisibleTo(plan));
        plan->reject();
    });
    m_page->planFromDemand();
}

void TstProgrammePage::emptyProgrammeSaysWhatThePageIsFor()
{
    ForumData data = cordee::test::smallProgrammeForum();
    data.timeSlots.clear();
    data.workshops.clear();
    data.assignments.clear();
    for (Participant &p : data.participants)
        p.unavailableSlots.clear();
    auto db = createForumFile(m_dir.filePath(QStringLiteral("empty.cordee")), data);
    QVERIFY2(db, qPrintable(errorText(db.status())));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_page->setDocument(doc.value().get());
    auto *stack = m_page->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("programmeEmptyState"));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("emptyAddTimeSlotButton")));
    m_page->setDocument(nullptr);
}

void TstProgrammePage::demoInTheWindow()
{
    m_page.reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    window.showPage(QStringLiteral("programmePage"));
    auto *page = window.findChild<ProgrammePage *>(QStringLiteral("programmePage"));
    QVERIFY(page && page->isVisible());
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("pageToolbar"));
    for (QAction *a : page->pageActions()) {
        QVERIFY(toolbar->actions().contains(a));
        QVERIFY2(!a->icon().isNull() && !a->toolTip().isEmpty(), qPrintable(a->objectName()));
    }
    QCOMPARE(page->currentDay(), QDate(2026, 10, 14));
    // The day tabs get their room although the page was hidden when the forum opened.
    auto *tabs = page->findChild<QTabBar *>(QStringLiteral("dayTabs"));
    QCOMPARE(tabs->count(), 3);
    QVERIFY(tabs->height() > 10);
    int workshops = 0;
    for (const ScheduleItem &i : page->grid()->day().items)
        workshops += i.isWorkshop() ? 1 : 0;
    QVERIFY(workshops > 10);
    // The formed demo has no conflict but rooms below the forum's maximum are fine once people are placed.
    for (const ProgrammeConflict &c : page->conflicts())
        QVERIFY2(c.kind != ProgrammeConflict::Kind::RoomTooSmall, qPrintable(c.message));
    // Drawn at the size the window opens at.
    QVERIFY(!page->grid()->grab().isNull());
    // Changes made while another page shows are there when the page comes back.
    window.showPage(QStringLiteral("participantsPage"));
    const ScheduleItem first =
        *std::find_if(page->grid()->day().items.cbegin(), page->grid()->day().items.cend(),
                      [](const ScheduleItem &i) { return i.isWorkshop(); });
    const Workshop *w = byKey(window.document()->workshops(), first.key);
    Workshop moved = *w;
    moved.room = QStringLiteral("HALL");
    window.document()->undoStack()->push(new EditWorkshopCommand(window.document(), *w, moved));
    window.showPage(QStringLiteral("programmePage"));
    QCOMPARE(page->grid()->item(first.key)->room, QStringLiteral("HALL"));
}

QTEST_MAIN(TstProgrammePage)
#include "tst_programmepage.moc"
