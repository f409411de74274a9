#include "uilanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cordee {

namespace uilanguage {

namespace {

const QString kSettingsKey = u"ui/language"_s;

} // namespace

QString chosen()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return code == u"en" || code == u"fr" || code == u"es" ? code : QString();
}

void setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale locale()
{
    const QString code = chosen();
    if (code.isEmpty())
        return QLocale::system();
    // The chosen language with the system's country when they agree (fr_CA stays fr_CA), else its main one.
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    return QLocale(code);
}

void install(QApplication &app)
{
    const QLocale ui = locale();
    QLocale::setDefault(ui);
    auto *own = new QTranslator(&app);
    // English has a catalogue too, for its plural forms; it is also the fallback for other languages.
    if (own->load(ui, u"cordee"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/cordee_en.qm"_s))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(ui, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace uilanguage

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    // Each language by its own name, so that anyone finds theirs.
    const QList<std::pair<QString, QString>> choices{{QString(), tr("As the &System")},
                                                     {u"en"_s, u"English"_s},
                                                     {u"fr"_s, u"Français"_s},
                                                     {u"es"_s, u"Español"_s}};
    const QString current = uilanguage::chosen();
    for (const auto &[code, name] : choices) {
        QAction *a = addAction(name);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (code == uilanguage::chosen())
        return;
    uilanguage::setChosen(code);
    Q_EMIT languageChosen(code);
    // Said in the language chosen too, which the user reads best.
    QString next;
    if (code == u"fr")
        next = u"Cordée parlera français au prochain démarrage."_s;
    else if (code == u"es")
        next = u"Cordée hablará español la próxima vez que se inicie."_s;
    else if (code == u"en")
        next = u"Cordée will speak English the next time it starts."_s;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time Cordée starts."), QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(u"languageNotice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!next.isEmpty())
        box->setInformativeText(next);
    box->open();
}

} // namespace cordee
