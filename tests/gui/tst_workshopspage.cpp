// The Workshops page on the demo forum, driven as an organizer does: slot tabs, cards, a drag and drop
// between cards (pinned, undoable), pin and take out, the scorecard and rule breaks following, "why is she
// here?", Form Workshops in a worker with cancel, the objective weights.

#include "demofile.h"
#include "formationrunner.h"
#include "formationweights.h"
#include "forumdocument.h"
#include "memberlist.h"
#include "placementcommands.h"
#include "placementdetails.h"
#include "weightsdialog.h"
#include "workshopcard.h"
#include "workshopspage.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstWorkshopsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsSlotsCardsAndScorecard();
    void dropMovesAndPinsWithUndo();
    void takeOutShowsTheBrokenRule();
    void detailsExplainThePlacement();
    void formWorkshopsRunsInAWorker();
    void cancelledFormationChangesNothing();
    void weightsDialogRecomputesF();

private:
    WorkshopCard *cardOf(const QString &workshopKey) const;
    QString figure(const QString &name) const;
    void drop(qint64 participantId, MemberList *target);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<WorkshopsPage> m_page;
};

void TstWorkshopsPage::initTestCase()
{
    m_demo = m_dir.filePath(u"demo.cordee"_s);
    auto db = createDemoForumFile(m_demo);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
}

void TstWorkshopsPage::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".cordee"_s);
    QVERIFY(QFile::copy(m_demo, path));
    auto doc = ForumDocument::open(path);
    QVERIFY2(doc, qPrintable(doc.isOk() ? QString() : doc.error().fullText()));
    m_doc = std::move(doc).value();
    connect(m_doc.get(), &ForumDocument::storageFailed, this,
            [](const Error &error) { QFAIL(qPrintable(error.fullText())); });
    m_page = std::make_unique<WorkshopsPage>();
    m_page->resize(1100, 760);
    m_page->setDocument(m_doc.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TstWorkshopsPage::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

WorkshopCard *TstWorkshopsPage::cardOf(const QString &workshopKey) const
{
    for (WorkshopCard *card : m_page->cards())
        if (card->workshopKey() == workshopKey)
            return card;
    return nullptr;
}

QString TstWorkshopsPage::figure(const QString &name) const
{
    auto *label = m_page->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void TstWorkshopsPage::drop(qint64 participantId, MemberList *target)
{
    auto *data = new QMimeData;
    data->setData(MemberList::mimeType(), QByteArray::number(participantId));
    // As a drag does it: enter (which makes the list the drag's target), then drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(QPointF(10, 10), Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &event);
    QVERIFY(event.isAccepted());
    delete data;
    QCoreApplication::processEvents();
}

void TstWorkshopsPage::showsSlotsCardsAndScorecard()
{
    auto *tabs = m_page->findChild<QTabBar *>(u"slotTabs"_s);
    QVERIFY(tabs);
    int workshopSlots = 0;
    for (const TimeSlot &s : m_doc->timeSlots())
        workshopSlots += s.kind == SlotKind::Workshops;
    QCOMPARE(tabs->count(), workshopSlots);
    QVERIFY(tabs->isVisible());
    QVERIFY(tabs->height() > 10);
    int workshops = 0;
    for (const Workshop &w : m_doc->workshops())
        workshops += w.slot == m_page->currentSlot();
    QCOMPARE(m_page->cards().size(), workshops + 1); // the tray first
    QCOMPARE(m_page->cards().constFirst()->workshopKey(), QString());
    QCOMPARE(figure(u"rulesFigure"_s), u"✔ No rule broken"_s);
    QVERIFY(figure(u"choicesFigure"_s).startsWith(u"1st choice"_s));

    tabs->setCurrentIndex(1);
    QCOMPARE(m_page->currentSlot(), tabs->tabData(1).toString());
    for (WorkshopCard *card : m_page->cards().mid(1))
        QVERIFY(card->workshopKey().startsWith(m_page->currentSlot()));
}

void TstWorkshopsPage::dropMovesAndPinsWithUndo()
{
    const QString slot = m_page->currentSlot();
    WorkshopCard *from = m_page->cards().at(1);
    WorkshopCard *to = m_page->cards().at(2);
    const qint64 id = from->members()->item(0)->data(MemberList::IdRole).toLongLong();
    const QString target = to->workshopKey();
    const QString source = from->workshopKey();
    const int sizeBefore = to->members()->count();
    drop(id, to->members());
    QTRY_COMPARE(placementOf(*m_doc, id, slot), (Placement{target, true}));
    QTRY_COMPARE(cardOf(target)->members()->count(), sizeBefore + 1);
    QVERIFY(cardOf(target)->members()->selectParticipant(id));
    m_doc->undoStack()->undo();
    QTRY_COMPARE(cardOf(target)->members()->count(), sizeBefore);
    QCOMPARE(placementOf(*m_doc, id, slot).pinned, false);
    QCOMPARE(placementOf(*m_doc, id, slot).workshop, source);
    // A drop on the list someone is already in does nothing.
    const int commands = m_doc->undoStack()->count();
    m_page->moveParticipant(id, placementOf(*m_doc, id, slot).workshop);
    QCOMPARE(m_doc->undoStack()->count(), commands);
}

void TstWorkshopsPage::takeOutShowsTheBrokenRule()
{
    const QString slot = m_page->currentSlot();
    const qint64 id = m_page->cards().at(1)->members()->item(0)->data(MemberList::IdRole).toLongLong();
    m_page->selectParticipant(id);
    m_page->togglePin();
    QVERIFY(placementOf(*m_doc, id, slot).pinned);
    m_page->takeOut();
    QTRY_COMPARE(m_page->cards().constFirst()->members()->count(), 1);
    QTRY_VERIFY2(figure(u"rulesFigure"_s).contains(u"1 rule"_s), qPrintable(figure(u"rulesFigure"_s)));
    m_doc->undoStack()->undo();
    QTRY_COMPARE(m_page->cards().constFirst()->members()->count(), 0);
    QTRY_COMPARE(figure(u"rulesFigure"_s), u"✔ No rule broken"_s);
    QVERIFY(placementOf(*m_doc, id, slot).pinned);
}

void TstWorkshopsPage::detailsExplainThePlacement()
{
    const qint64 id = m_page->cards().at(1)->members()->item(0)->data(MemberList::IdRole).toLongLong();
    m_page->selectParticipant(id);
    auto *details = qobject_cast<PlacementDetails *>(m_page->detailsWidget());
    QVERIFY(details);
    const QString text = details->text();
    const Participant &p = m_doc->participants().at(m_doc->indexOfParticipant(id));
    QVERIFY2(text.contains(p.displayName()), qPrintable(text));
    QVERIFY2(text.contains(u"choice"_s) || text.contains(u"did not rank"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Same country in this workshop"_s), qPrintable(text));
}

void TstWorkshopsPage::formWorkshopsRunsInAWorker()
{
    const QString slot = m_page->currentSlot();
    const QList<AssignmentRow> before = m_doc->assignments();
    QSignalSpy finished(m_page->runner(), &FormationRunner::finished);
    FormOptions options;
    options.slotKeys = {slot};
    options.seed = 7;
    options.timeLimitSeconds = 3;
    m_page->startFormation(options);
    QVERIFY(m_page->runner()->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QTRY_VERIFY(m_doc->assignments() != before);
    QCOMPARE(checkSnapshot(m_doc->snapshot()).hardViolations, 0);
    QVERIFY(m_doc->undoStack()->undoText().contains(u"Form workshops"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->assignments(), before);
}

void TstWorkshopsPage::cancelledFormationChangesNothing()
{
    const QList<AssignmentRow> before = m_doc->assignments();
    const int commands = m_doc->undoStack()->count();
    QSignalSpy finished(m_page->runner(), &FormationRunner::finished);
    FormOptions options;
    options.timeLimitSeconds = 30;
    m_page->startFormation(options);
    m_page->runner()->cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCoreApplication::processEvents();
    QCOMPARE(m_doc->assignments(), before);
    QCOMPARE(m_doc->undoStack()->count(), commands);
}

void TstWorkshopsPage::weightsDialogRecomputesF()
{
    const ForumSnapshot snapshot = m_doc->snapshot();
    WeightsDialog dialog(formation::Weights{}, [snapshot](const formation::Weights &w) {
        ForumSnapshot copy = snapshot;
        copy.info.formationWeights = overridesFrom(w);
        return checkSnapshot(copy).objective;
    });
    auto *label = dialog.findChild<QLabel *>(u"objectiveLabel"_s);
    QVERIFY(label);
    const QString before = label->text();
    auto *organisation = dialog.findChild<QDoubleSpinBox *>(u"country"_s);
    QVERIFY(organisation);
    organisation->setValue(10);
    QVERIFY(label->text() != before);
    QCOMPARE(dialog.weights().country, 10.0);
    QCOMPARE(overridesFrom(dialog.weights()), (QMap<QString, double>{{u"country"_s, 10.0}}));
}

QTEST_MAIN(TstWorkshopsPage)
#include "tst_workshopspage.moc"
