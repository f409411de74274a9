// View ▸ Language: the choice is kept in the settings and applies at the next start, with Cordée's
// catalogue, Qt's own (standard buttons) and the locale of dates and numbers.

#include "chartsupport.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuKeepsTheChoice();
    void chosenLanguageIsInstalled();
    void percentagesFollowTheLanguage();
};

void TstUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CordeeTests"_s);
    QCoreApplication::setApplicationName(u"tst_uilanguage"_s);
    uilanguage::setChosen({});
}

void TstUiLanguage::menuKeepsTheChoice()
{
    QWidget window;
    LanguageMenu menu(&window);
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    auto *system = menu.findChild<QAction *>(u"language_system"_s);
    auto *spanish = menu.findChild<QAction *>(u"language_es"_s);
    QVERIFY(system && spanish && menu.findChild<QAction *>(u"language_fr"_s) &&
            menu.findChild<QAction *>(u"language_en"_s));
    QVERIFY(system->isChecked());
    QCOMPARE(spanish->text(), u"Español"_s); // each language by its own name

    spanish->trigger();
    QCOMPARE(uilanguage::chosen(), u"es"_s);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(spanish->isChecked());
    // The notice says when it applies, in the chosen language too.
    auto *notice = window.findChild<QMessageBox *>(u"languageNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->text().contains(u"next time"_s));
    QVERIFY(notice->informativeText().contains(u"español"_s));
    notice->close();

    // Kept: a new menu shows it checked.
    LanguageMenu again(&window);
    QVERIFY(again.findChild<QAction *>(u"language_es"_s)->isChecked());
    again.findChild<QAction *>(u"language_system"_s)->trigger();
    QVERIFY(uilanguage::chosen().isEmpty());
    QCOMPARE(uilanguage::locale(), QLocale::system());
    if (auto *n = window.findChild<QMessageBox *>(u"languageNotice"_s))
        n->close();
}

void TstUiLanguage::chosenLanguageIsInstalled()
{
    uilanguage::setChosen(u"fr"_s);
    QCOMPARE(uilanguage::locale().language(), QLocale::French);
    uilanguage::install(*qApp);
    // Cordée's own words, dates and Qt's standard buttons, all in French.
    QCOMPARE(QCoreApplication::translate("cordee::MainWindow", "&File"), u"&Fichier"_s);
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().toString(QDate(2026, 10, 14), u"MMMM"_s), u"octobre"_s);
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_fr.qm"_s;
    if (!QFile::exists(qtbase))
        QSKIP("qt6-translations-l10n is not installed");
    QMessageBox box(QMessageBox::Question, u"t"_s, u"t"_s, QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), u"Annuler"_s);
    uilanguage::setChosen({});
}

void TstUiLanguage::percentagesFollowTheLanguage()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(charts::percent(38, 100), u"38%"_s);
    QCOMPARE(charts::percent(1, 0), u"0%"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(charts::percent(38, 100), u"38\u202F%"_s);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(charts::percent(2, 3), u"67%"_s);
    QLocale::setDefault(QLocale::system());
}

QTEST_MAIN(TstUiLanguage)
#include "tst_uilanguage.moc"
