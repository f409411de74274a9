#pragma once

#include <QLocale>
#include <QMenu>
#include <QString>

class QApplication;

namespace cordee {

/// The language the interface speaks: the one chosen in View ▸ Language (kept in the settings), else the
/// system's. English, French and Spanish have catalogues; other languages fall back to English.
namespace uilanguage {

/// "en", "fr", "es", or empty for "as the system".
QString chosen();
void setChosen(const QString &code);
/// The locale for the interface: dates, numbers and percentages follow it.
QLocale locale();
/// Installs Cordée's catalogue and Qt's own (standard buttons and dialogs) for locale(), and makes it the
/// default locale. Call once, before any window exists.
void install(QApplication &app);

} // namespace uilanguage

/// View ▸ Language: System, English, Français, Español; the choice applies at the next start (the menu says
/// so when it changes).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    /// The choice changed (code as uilanguage::chosen()).
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
};

} // namespace cordee
