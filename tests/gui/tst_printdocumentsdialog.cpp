// File ▸ Print Documents… on the demo forum: each kind of document written where the dialog says, the
// selection of the Participants page honoured, and a path that cannot be written refused with a message.

#include "forumdocument.h"
#include "mainwindow.h"
#include "print/printdocumentsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstPrintDocumentsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEachKind_data();
    void writesEachKind();
    void selectionNarrowsProgrammes();
    void slotNarrowsSheets();
    void unwritablePathIsRefused();
    void fileMenuOpensTheDialog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TstPrintDocumentsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDemo());
}

void TstPrintDocumentsDialog::writesEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("attendance") << int(PrintDocumentsDialog::Attendance);
    QTest::newRow("programmes") << int(PrintDocumentsDialog::Programmes);
    QTest::newRow("badges") << int(PrintDocumentsDialog::Badges);
    QTest::newRow("doors") << int(PrintDocumentsDialog::DoorSigns);
}

void TstPrintDocumentsDialog::writesEachKind()
{
    QFETCH(int, kind);
    PrintDocumentsDialog dialog(m_window->document(), {});
    dialog.setOpenWhenWritten(false);
    dialog.setKind(PrintDocumentsDialog::Kind(kind));
    // The suggested file is named after the document.
    const QString suggested = dialog.findChild<QLineEdit *>(u"printPath"_s)->text();
    QVERIFY2(suggested.endsWith(u".pdf"_s), qPrintable(suggested));
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    dialog.setPath(path);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TstPrintDocumentsDialog::selectionNarrowsProgrammes()
{
    QList<qint64> two;
    for (const Participant &p : m_window->document()->participants())
        if (p.isCounted() && two.size() < 2)
            two << p.id;
    PrintDocumentsDialog dialog(m_window->document(), two);
    dialog.setKind(PrintDocumentsDialog::Programmes);
    auto *selection = dialog.findChild<QRadioButton *>(u"printSelection"_s);
    QVERIFY(selection->isEnabled() && selection->isChecked()); // a selection is what the user meant
    QVERIFY(selection->text().contains(u"2"_s));
    QCOMPARE(dialog.request().participantIds, two);
    dialog.findChild<QRadioButton *>(u"printEveryone"_s)->setChecked(true);
    QVERIFY(dialog.request().participantIds.isEmpty());
    // Sheets are per workshop: the people choice does not apply.
    dialog.setKind(PrintDocumentsDialog::Attendance);
    QVERIFY(!selection->isEnabled());
    QVERIFY(dialog.request().participantIds.isEmpty());

    PrintDocumentsDialog none(m_window->document(), {});
    none.setKind(PrintDocumentsDialog::Badges);
    QVERIFY(!none.findChild<QRadioButton *>(u"printSelection"_s)->isEnabled());
}

void TstPrintDocumentsDialog::slotNarrowsSheets()
{
    PrintDocumentsDialog dialog(m_window->document(), {});
    auto *slotBox = dialog.findChild<QComboBox *>(u"printSlot"_s);
    QVERIFY(slotBox->count() >= 2); // every slot, then each workshop slot
    QVERIFY(slotBox->isEnabled());
    slotBox->setCurrentIndex(1);
    const QString key = slotBox->currentData().toString();
    QCOMPARE(dialog.request().slotKey, key);
    QVERIFY(dialog.findChild<QLineEdit *>(u"printPath"_s)->text().contains(key));
    dialog.setKind(PrintDocumentsDialog::Badges);
    QVERIFY(!slotBox->isEnabled());
    QVERIFY(dialog.request().slotKey.isEmpty());
}

void TstPrintDocumentsDialog::unwritablePathIsRefused()
{
    PrintDocumentsDialog dialog(m_window->document(), {});
    dialog.setOpenWhenWritten(false);
    dialog.setPath(m_dir.filePath(u"no/such/folder/sheets.pdf"_s));
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(dialog.isVisible()); // stays open, nothing lost
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(u"sheets.pdf"_s), qPrintable(dialog.errorText()));
    // Editing the path clears the message.
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"printPath"_s), Qt::Key_End);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"printPath"_s), u"x"_s);
    QVERIFY(dialog.errorText().isEmpty());
}

void TstPrintDocumentsDialog::fileMenuOpensTheDialog()
{
    auto *action = m_window->findChild<QAction *>(u"printDocumentsAction"_s);
    QVERIFY(action && action->isEnabled());
    QVERIFY(!action->shortcut().isEmpty());
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PrintDocumentsDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    QVERIFY(seen);
}

QTEST_MAIN(TstPrintDocumentsDialog)
#include "tst_printdocumentsdialog.moc"
