#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace cordee {

class ForumDocument;

/// One page of the main window (Forum, Participants, …). The window shows its actions in the toolbar and
/// its details widget in the details panel; a page only composes widgets over the document.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Shows `document` (null when no forum is open).
    virtual void setDocument(ForumDocument *document) = 0;
    /// Actions for the toolbar while the page is current (also placed in menus by the window).
    virtual QList<QAction *> pageActions() const { return {}; }
    /// Actions the window lists in the Edit menu only, after the page actions (rarer ones such as a person's
    /// data rights, which would crowd the toolbar).
    virtual QList<QAction *> menuOnlyActions() const { return {}; }
    /// Content of the details panel for this page, or null.
    virtual QWidget *detailsWidget() const { return nullptr; }
    /// Narrows the page's list to the items whose `facet` ("continent", "country", "category", "gender",
    /// "ageBand", "role"; "workshop" and "themeStatus" for workshops and proposals) is `value` (a vocabulary
    /// key, a country's alpha-2 code, a workshop key). Pages without such a list ignore it.
    virtual void applyFilter(const QString &facet, const QString &value)
    {
        Q_UNUSED(facet);
        Q_UNUSED(value);
    }

Q_SIGNALS:
    /// Asks the window to show another page (the Forum page's journey buttons).
    void showPageRequested(const QString &objectName);
    void statusMessage(const QString &message);
    /// Asks the window to show the page `objectName` narrowed by applyFilter() (the Dashboard's charts).
    void filterRequested(const QString &objectName, const QString &facet, const QString &value);
};

} // namespace cordee
