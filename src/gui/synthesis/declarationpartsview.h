#pragma once

#include "declaration.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace cordee {

class ForumDocument;
class PartEdit;

/// The declaration's parts in their order, as the committee works on them: an editor for each free part
/// (written to the file at every keystroke, each typing one undoable step), and the computed parts read
/// only, each saying where it comes from and where to change it.
class DeclarationPartsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit DeclarationPartsView(QWidget *parent = nullptr);
    ~DeclarationPartsView() override;

    void setDocument(ForumDocument *document);
    /// The language whose free texts are edited ("en", "fr", "es").
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    /// Shows the computed parts of `declaration` (built in the current language).
    void showDeclaration(const Declaration &declaration);

    /// The editor of a free part, or null for a computed one.
    PartEdit *editor(DeclarationPart part) const { return m_editors.value(part); }
    /// The read-only text of a computed part (the title for Title, the proposals' summary for Decisions).
    QLabel *computedText(DeclarationPart part) const { return m_computed.value(part); }
    /// "350 participants present (cancelled excluded) · 45 countries · 5 continents".
    QLabel *figures() const { return m_figures; }

    /// Edit Guests…: the guests of honour in a dialog, applied as one undoable step.
    void editGuests();

Q_SIGNALS:
    void showPageRequested(const QString &objectName);

private:
    struct Section;
    Section addSection(DeclarationPart part, const QString &title, const QString &source);
    void addEditor(const Section &section, DeclarationPart part, bool singleLine);
    void addComputed(const Section &section, DeclarationPart part);
    void buildParts();
    /// Fills the editors from the document in the current language.
    void reloadTexts();
    /// Shows the part's text from the document; unless `force`, only when it is not what the editor holds.
    void reloadText(DeclarationPart part, bool force);
    void textEdited(DeclarationPart part, const QString &text);
    /// The placeholder of an empty editor: what the declaration writes when the language and the base leave
    /// `part` empty.
    QString defaultWording(DeclarationPart part) const;

    QPointer<ForumDocument> m_document;
    QString m_language = QStringLiteral("en");
    QVBoxLayout *m_layout = nullptr;
    QHash<DeclarationPart, PartEdit *> m_editors;
    QHash<DeclarationPart, QLabel *> m_inherited; ///< under an editor: whose text it shows
    QHash<DeclarationPart, QLabel *> m_computed;
    QLabel *m_figures = nullptr;
    QLabel *m_forumNameNote = nullptr;
};

} // namespace cordee
