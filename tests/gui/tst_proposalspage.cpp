// The Proposals page on the demo forum, driven with real keystrokes as a rapporteur types and as the
// committee curates: Enter, Tab, Shift+Tab, Alt+Up, Ctrl+Z in the outline; every word in the file while the
// page is still open; similar proposals while typing; filters; a merge through its dialog, undone; the
// retained order moved by Alt+Down.

#include "captureoutline.h"
#include "captureview.h"
#include "curateview.h"
#include "demofile.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "mergedialogs.h"
#include "outlinerow.h"
#include "proposaldetails.h"
#include "proposalfilter.h"
#include "proposallineage.h"
#include "proposaloutline.h"
#include "proposalspage.h"
#include "proposaltextcommitter.h"
#include "retainedordermodel.h"
#include "similarlist.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

/// typeText() for any text: letters outside ASCII are sent with their text, as a keyboard does.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }
}

} // namespace

class TstProposalsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheFirstWorkshopsOutline();
    void enterTabShiftTabAltUpAndUndo();
    void dragAndDropReorders();
    void nothingTypedIsLost();
    void undoFromTheToolbarTakesTheWordBeingTyped();
    void emptyProposalGoesWithBackspace();
    void similarProposalsWhileTyping();
    void curationFilterNarrows();
    void mergeThroughTheDialogThenUndo();
    void retainedOrderByAltDown();
    void statusShortcutAndSplit();
    void emptyForumSaysWhatToDo();

private:
    CaptureOutline *outline() const { return m_page->capture()->outline(); }
    QWidget *focused() const { return QApplication::focusWidget(); }
    /// The first line of the outline that is not history (a merged proposal cannot be typed in).
    OutlineRow *firstOpenRow() const;
    /// The keys of the current workshop's outline, a '>' per level of depth.
    QStringList outlineKeys() const;
    QString fileText(const QString &key) const;
    void selectInTable(const QStringList &keys);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<ProposalsPage> m_page;
};

void TstProposalsPage::initTestCase()
{
    m_demo = m_dir.filePath(u"demo.cordee"_s);
    auto db = createDemoForumFile(m_demo);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
}

void TstProposalsPage::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    QVERIFY(QFile::copy(m_demo, m_path));
    auto doc = ForumDocument::open(m_path);
    QVERIFY2(doc, qPrintable(doc.isOk() ? QString() : doc.error().fullText()));
    m_doc = std::move(doc).value();
    connect(m_doc.get(), &ForumDocument::storageFailed, this,
            [](const Error &error) { QFAIL(qPrintable(error.fullText())); });
    m_page = std::make_unique<ProposalsPage>();
    m_page->resize(1100, 760);
    m_page->setDocument(m_doc.get());
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TstProposalsPage::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

OutlineRow *TstProposalsPage::firstOpenRow() const
{
    for (OutlineRow *row : outline()->rows())
        if (!row->editor()->isReadOnly())
            return row;
    return nullptr;
}

QStringList TstProposalsPage::outlineKeys() const
{
    QStringList keys;
    for (const OutlineItem &item : outline::ofWorkshop(m_doc->proposals(), outline()->workshop()))
        keys << QString(item.depth, u'>') + item.key;
    return keys;
}

QString TstProposalsPage::fileText(const QString &key) const
{
    auto other = ForumDocument::open(m_path);
    if (!other)
        return u"<cannot open>"_s;
    const Proposal *p = other.value()->proposals().find(key);
    return p ? p->text : u"<none>"_s;
}

void TstProposalsPage::selectInTable(const QStringList &keys)
{
    QTableView *table = m_page->curate()->table();
    table->clearSelection();
    for (const QString &key : keys) {
        const int row = m_page->curate()->filter()->rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::NoUpdate);
    }
}

void TstProposalsPage::showsTheFirstWorkshopsOutline()
{
    QCOMPARE(m_page->objectName(), u"proposalsPage"_s);
    QCOMPARE(m_page->title(), u"Proposals"_s);
    QCOMPARE(m_page->mode(), ProposalsPage::Capture);
    const Workshop &first = m_doc->workshops().constFirst();
    QCOMPARE(outline()->workshop(), first.key);
    QComboBox *picker = m_page->capture()->picker();
    QCOMPARE(picker->itemText(0), u"Plenary"_s);
    QVERIFY(picker->count() > m_doc->workshopCount()); // slot headings too
    const QList<OutlineItem> items = outline::ofWorkshop(m_doc->proposals(), first.key);
    QVERIFY(!items.isEmpty());
    QCOMPARE(outline()->rows().size(), items.size());
    QCOMPARE(outline()->rows().constFirst()->editor()->toPlainText(),
             m_doc->proposals().find(items.constFirst().key)->text);
    auto *info = m_page->findChild<QLabel *>(u"workshopInfo"_s);
    QVERIFY(info->text().contains(u"Rapporteur"_s) || info->text().contains(u"rapporteur"_s));
    // The plenary holds the committee's merges.
    m_page->capture()->setWorkshop({});
    QCOMPARE(outline()->workshop(), QString());
    QCOMPARE(outline()->rows().size(), outline::ofWorkshop(m_doc->proposals(), {}).size());
}

void TstProposalsPage::enterTabShiftTabAltUpAndUndo()
{
    const QStringList before = outlineKeys();
    OutlineRow *last = outline()->rows().constLast();
    QString lastTop = before.constLast();
    for (qsizetype i = before.size() - 1; i >= 0 && lastTop.startsWith(u'>'); --i)
        lastTop = before.at(i);
    last->editor()->setFocus();
    QTRY_COMPARE(focused(), last->editor());
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);

    // Enter: a new line, written with its first letter.
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(outline()->draftRow());
    QCOMPARE(focused(), outline()->draftRow()->editor());
    const int steps = m_doc->undoStack()->count();
    typeText(focused(), u"Former les élus locaux à l'économie sociale"_s);
    const QString first = outline()->currentKey();
    QVERIFY(!first.isEmpty());
    QVERIFY(outline()->flush());
    QCOMPARE(m_doc->proposals().find(first)->text, u"Former les élus locaux à l'économie sociale"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1); // the addition and its typing: one step
    QVERIFY(outlineKeys().contains(first));

    // Enter again, then Tab: a sub-point of the one above.
    QTest::keyClick(focused(), Qt::Key_Return);
    typeText(focused(), u"avec les communes"_s);
    const QString second = outline()->currentKey();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(outlineKeys().indexOf(second), outlineKeys().indexOf(first) + 1);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(m_doc->proposals().find(second)->parent, first);
    QVERIFY(outlineKeys().contains(u'>' + second));
    QCOMPARE(focused(), outline()->rowOf(second)->editor()); // the cursor stays in it
    QCOMPARE(m_doc->proposals().find(second)->text, u"avec les communes"_s);

    // Shift+Tab: back to a proposal of its own, just after its former parent.
    QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_doc->proposals().find(second)->parent, QString());
    QCOMPARE(outlineKeys().indexOf(second), outlineKeys().indexOf(first) + 1);

    // Alt+Up: above the first one, and Ctrl+Z puts it back.
    QTest::keyClick(focused(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(outlineKeys().indexOf(second) + 1, outlineKeys().indexOf(first));
    QCOMPARE(focused(), outline()->rowOf(second)->editor());
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(outlineKeys().indexOf(second), outlineKeys().indexOf(first) + 1);
    // Further undo: the outdent, the indent, then the second proposal and all its typing at once.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->proposals().find(second)->parent, first);
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->proposals().find(second)->parent, QString());
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_doc->proposals().contains(second));
    QVERIFY(!outline()->rowOf(second));
    QCOMPARE(focused(), outline()->rowOf(first)->editor());
    // Ctrl+Shift+Z brings it back with its text.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_doc->proposals().find(second)->text, u"avec les communes"_s);
    QCOMPARE(outline()->rowOf(second)->editor()->toPlainText(), u"avec les communes"_s);
}

void TstProposalsPage::dragAndDropReorders()
{
    // Two proposals side by side in a workshop's own list (not retained, so the rapporteur's order).
    QString workshop, a, b;
    for (const Workshop &w : m_doc->workshops()) {
        const QStringList top = m_doc->proposals().topLevelOfWorkshop(w.key);
        for (qsizetype i = 0; i + 1 < top.size() && a.isEmpty(); ++i)
            if (m_doc->proposals().find(top.at(i))->status != ProposalStatus::Retained &&
                m_doc->proposals().find(top.at(i + 1))->status != ProposalStatus::Retained) {
                workshop = w.key;
                a = top.at(i);
                b = top.at(i + 1);
            }
    }
    QVERIFY(!a.isEmpty());
    m_page->capture()->setWorkshop(workshop);
    QCOMPARE(outline()->workshop(), workshop);
    auto *canvas = outline()->findChild<QWidget *>(u"outlineCanvas"_s);
    QVERIFY(canvas);
    QTRY_VERIFY(outline()->rowOf(a)->geometry().height() > 0);
    const QPoint onA = outline()->rowOf(a)->geometry().center();
    QMimeData data;
    data.setData(u"application/x-cordee-proposal-key"_s, b.toUtf8());
    QDragEnterEvent enter(onA, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(onA, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(onA), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &drop);
    QVERIFY(drop.isAccepted());
    const QStringList keys = outlineKeys();
    QCOMPARE(keys.indexOf(b) + 1, keys.indexOf(a));
    QCOMPARE(outline()->rows().indexOf(outline()->rowOf(b)) + 1,
             outline()->rows().indexOf(outline()->rowOf(a)));
    m_doc->undoStack()->undo();
    QCOMPARE(outlineKeys().indexOf(a) + 1, outlineKeys().indexOf(b));
}

void TstProposalsPage::nothingTypedIsLost()
{
    OutlineRow *row = firstOpenRow();
    QVERIFY(row);
    const QString key = row->key();
    const QString original = row->editor()->toPlainText();
    row->editor()->setFocus();
    QTRY_COMPARE(focused(), row->editor());
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
    typeText(focused(), u" Et vite, avant la fin de l'anné"_s);
    // Every word is in the file already, the document still open; the one being typed waits for its end.
    QCOMPARE(fileText(key), original + u" Et vite, avant la fin de l'"_s);
    // A pause writes it.
    QTRY_COMPARE_WITH_TIMEOUT(fileText(key), original + u" Et vite, avant la fin de l'anné"_s, 3000);
    // One undo takes the whole typing back.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(fileText(key), original);
    QCOMPARE(row->editor()->toPlainText(), original);
}

void TstProposalsPage::undoFromTheToolbarTakesTheWordBeingTyped()
{
    OutlineRow *row = firstOpenRow();
    const QString key = row->key();
    const QString original = row->editor()->toPlainText();
    row->editor()->setFocus();
    QTRY_COMPARE(focused(), row->editor());
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
    typeText(focused(), u" puis enco"_s);
    QVERIFY(outline()->committer()->hasPending());
    // The toolbar's Undo does not take the focus: the step undone takes the word being typed with it.
    m_doc->undoStack()->undo();
    QVERIFY(!outline()->committer()->hasPending());
    QCOMPARE(row->editor()->toPlainText(), original);
    QTest::qWait(outline()->committer()->idleDelay() + 200);
    QCOMPARE(fileText(key), original);
    QCOMPARE(m_doc->proposals().find(key)->text, original);
}

void TstProposalsPage::emptyProposalGoesWithBackspace()
{
    OutlineRow *last = outline()->rows().constLast();
    last->editor()->setFocus();
    QTRY_COMPARE(focused(), last->editor());
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_Return);
    typeText(focused(), u"x"_s);
    const QString key = outline()->currentKey();
    QVERIFY(m_doc->proposals().contains(key));
    OutlineRow *above = outline()->rows().at(outline()->rows().indexOf(outline()->rowOf(key)) - 1);
    QTest::keyClick(focused(), Qt::Key_Backspace); // empties it: the file keeps "x" meanwhile
    QCOMPARE(m_doc->proposals().find(key)->text, u"x"_s);
    QTest::keyClick(focused(), Qt::Key_Backspace); // on an empty proposal: removes it
    QVERIFY(!m_doc->proposals().contains(key));
    QVERIFY(!outline()->rowOf(key));
    QCOMPARE(focused(), above->editor());
    QCOMPARE(fileText(key), u"<none>"_s);
}

void TstProposalsPage::similarProposalsWhileTyping()
{
    // A proposal of another workshop, typed again in other words here.
    const QString here = outline()->workshop();
    const Proposal *elsewhere = nullptr;
    for (const Proposal &p : m_doc->proposals().proposals)
        if (p.workshop != here && !p.workshop.isEmpty() && p.status != ProposalStatus::Merged &&
            p.text.startsWith(u"Create a public guarantee fund"_s))
            elsewhere = &p;
    QVERIFY(elsewhere);
    const QString target = elsewhere->key;
    outline()->startProposal();
    QCOMPARE(focused(), outline()->draftRow()->editor());
    typeText(focused(), u"A public guarantee fund so banks lend to small cooperatives"_s);
    SimilarList *similar = m_page->capture()->similar();
    QTRY_VERIFY(similar->keys().contains(target));
    QTreeWidgetItem *item = similar->tree()->topLevelItem(int(similar->keys().indexOf(target)));
    QVERIFY(item->font(0).bold()); // likely the same
    QVERIFY(item->text(0).endsWith(u"%"_s));
}

void TstProposalsPage::curationFilterNarrows()
{
    m_page->setMode(ProposalsPage::Curate);
    CurateView *curate = m_page->curate();
    QTableView *table = curate->table();
    const int all = table->model()->rowCount();
    QCOMPARE(all, int(m_doc->proposals().proposals.size()));
    curate->searchField()->setFocus();
    typeText(curate->searchField(), u"cooperatives"_s);
    const int cooperatives = table->model()->rowCount();
    QVERIFY(cooperatives > 0 && cooperatives < all);
    curate->searchField()->clear();
    typeText(curate->searchField(), u"COOPÉRATIVES"_s);
    QCOMPARE(table->model()->rowCount(), cooperatives); // accent- and case-blind, the same folded word
    curate->searchField()->clear();
    auto *status = curate->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(int(ProposalStatus::Retained)));
    int retained = 0;
    for (const Proposal &p : m_doc->proposals().proposals)
        retained += p.status == ProposalStatus::Retained;
    QCOMPARE(table->model()->rowCount(), retained);
    auto *workshop = curate->findChild<QComboBox *>(u"workshopFilter"_s);
    workshop->setCurrentIndex(workshop->findData(QString())); // retained ones of the plenary
    QVERIFY(table->model()->rowCount() < retained);
    auto *shown = curate->findChild<QLabel *>(u"shownLabel"_s);
    QVERIFY(shown->text().startsWith(QString::number(table->model()->rowCount()) + u" of "_s));
}

void TstProposalsPage::mergeThroughTheDialogThenUndo()
{
    m_page->setMode(ProposalsPage::Curate);
    QStringList keys;
    for (const Proposal &p : m_doc->proposals().proposals)
        if (p.status == ProposalStatus::Submitted && !p.isSubPoint() && keys.size() < 2 &&
            m_doc->proposals().childrenOf(p.key).isEmpty())
            keys << p.key;
    QCOMPARE(keys.size(), 2);
    const ProposalSet before = m_doc->proposals();
    selectInTable(keys);
    auto *merge = m_page->findChild<QAction *>(u"mergeAction"_s);
    QVERIFY(merge->isEnabled());
    merge->trigger();
    auto *dialog = m_page->findChild<MergeDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->editor()->toPlainText().contains(before.find(keys.at(0))->text));
    QVERIFY(dialog->editor()->toPlainText().contains(before.find(keys.at(1))->text));
    dialog->editor()->setPlainText(u"Une proposition fusionnée, réécrite par le comité."_s);
    dialog->accept();
    const QStringList made = descendantsOf(m_doc->proposals(), keys.at(0));
    QCOMPARE(made.size(), 1);
    const QString merged = made.constFirst();
    QCOMPARE(m_doc->proposals().find(merged)->text, u"Une proposition fusionnée, réécrite par le comité."_s);
    QCOMPARE(m_doc->proposals().find(keys.at(1))->mergedInto, merged);
    QCOMPARE(originsOf(m_doc->proposals(), merged), keys);
    // The merged one is selected, and the history panel says where it came from.
    QCOMPARE(m_page->currentKey(), merged);
    QVERIFY(m_page->details()->text().contains(keys.at(0)));
    QVERIFY(m_page->details()->text().contains(u"Made from"_s));
    // Undo: as before, in the file too.
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals(), before);
    auto reopened = ForumDocument::open(m_path);
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->proposals().contains(merged));
    QCOMPARE(reopened.value()->proposals().find(keys.at(0))->status, ProposalStatus::Submitted);
}

void TstProposalsPage::retainedOrderByAltDown()
{
    m_page->setMode(ProposalsPage::Curate);
    const QStringList order = m_doc->proposals().retainedInOrder();
    QVERIFY(order.size() > 3);
    QTreeView *view = m_page->curate()->retainedView();
    auto *model = static_cast<RetainedOrderModel *>(view->model());
    QCOMPARE(model->rowCount(), order.size());
    view->setFocus();
    view->setCurrentIndex(model->indexOf(order.at(0)));
    QTRY_COMPARE(focused(), view);
    QCOMPARE(m_page->currentKey(), order.at(0));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QStringList expected = order;
    expected.move(0, 1);
    QCOMPARE(m_doc->proposals().retainedInOrder(), expected);
    QCOMPARE(model->keyOf(view->currentIndex()), order.at(0)); // still selected, one place down
    QCOMPARE(model->data(model->indexOf(order.at(0))).toString().left(3), u"2. "_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->proposals().retainedInOrder(), order);
}

void TstProposalsPage::statusShortcutAndSplit()
{
    OutlineRow *row = firstOpenRow();
    QVERIFY(row);
    const QString key = row->key();
    row->editor()->setFocus();
    QTRY_COMPARE(focused(), row->editor());
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(m_doc->proposals().find(key)->status, ProposalStatus::Retained);
    m_doc->undoStack()->undo();

    auto *split = m_page->findChild<QAction *>(u"splitAction"_s);
    QVERIFY(split->isEnabled());
    split->trigger();
    auto *dialog = m_page->findChild<SplitDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->key(), key);
    dialog->parts().at(0)->setPlainText(u"Part one"_s);
    dialog->parts().at(1)->setPlainText(u"Part two"_s);
    dialog->accept();
    const QStringList parts = descendantsOf(m_doc->proposals(), key);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(m_doc->proposals().find(parts.at(1))->text, u"Part two"_s);
    QVERIFY(outline()->rowOf(parts.at(0)));
    QVERIFY(outline()->rowOf(key)->editor()->isReadOnly()); // the original stays, as history
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->proposals().contains(parts.at(0)));
}

void TstProposalsPage::emptyForumSaysWhatToDo()
{
    m_page->setDocument(nullptr);
    m_doc.reset();
    const QString path = m_dir.filePath(u"empty.cordee"_s);
    ForumData data;
    data.info.title = u"Empty"_s;
    auto db = createForumFile(path, data);
    QVERIFY(db);
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY(doc);
    m_doc = std::move(doc).value();
    m_page->setDocument(m_doc.get());
    auto *text = m_page->findChild<QLabel *>(u"emptyText"_s);
    QTRY_VERIFY(text->isVisible());
    QVERIFY(text->text().contains(u"no workshops yet"_s));
    auto *plenary = m_page->findChild<QPushButton *>(u"capturePlenaryButton"_s);
    QTest::mouseClick(plenary, Qt::LeftButton);
    QVERIFY(!text->isVisible());
    QTRY_COMPARE(focused(), outline()->draftRow()->editor());
    typeText(focused(), u"Une première proposition"_s);
    QCOMPARE(m_doc->proposals().proposals.size(), 1);
    QCOMPARE(m_doc->proposals().proposals.constFirst().workshop, QString());
}

QTEST_MAIN(TstProposalsPage)
#include "tst_proposalspage.moc"
