#pragma once

#include <QLocale>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace cordee {

/// The user guide shipped in the application (English, French, Spanish), in a window of its own beside the
/// main window: a contents list of the guide's sections, Back/Forward/Home, and the guide itself.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    /// "fr" or "es" when `locale` speaks French or Spanish, "en" otherwise.
    static QString languageCode(const QLocale &locale = QLocale());
    /// The guide's resource URL in the language of `locale`, falling back to English.
    static QUrl guideUrl(const QLocale &locale = QLocale());

    /// Shows the section whose anchor is `anchor` (a page's objectName), or the top when empty or unknown.
    void showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

private:
    void fillContents();
    void syncContents(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QUrl m_home;
};

} // namespace cordee
