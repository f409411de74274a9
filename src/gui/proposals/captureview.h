#pragma once

#include "proposal.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace cordee {

class CaptureOutline;
class ForumDocument;
class ProposalFields;
class SimilarList;
class SimilarityIndex;

/// The Capture mode of the Proposals page: a workshop picker (by slot, then workshop, and the plenary) with
/// the workshop's theme and rapporteur, the outline editor of its proposals, the fields of the proposal
/// being typed, and the proposals captured elsewhere that look like it, found while it is typed.
class CaptureView : public QWidget
{
    Q_OBJECT

public:
    CaptureView(SimilarityIndex *similarity, QWidget *parent = nullptr);

    void setDocument(ForumDocument *document);
    /// Shows `workshop` (empty: the plenary).
    void setWorkshop(const QString &workshop);
    QString workshop() const;
    QString currentKey() const;

    CaptureOutline *outline() const { return m_outline; }
    ProposalFields *fields() const { return m_fields; }
    SimilarList *similar() const { return m_similar; }
    QComboBox *picker() const { return m_picker; }

Q_SIGNALS:
    void currentChanged(const QString &key);
    void message(const QString &text);
    /// A similar proposal was opened: show it.
    void proposalActivated(const QString &key);

private:
    void rebuildPicker();
    void updateInfo();
    void findSimilar();

    ForumDocument *m_document = nullptr;
    SimilarityIndex *m_similarity = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_info = nullptr;
    CaptureOutline *m_outline = nullptr;
    ProposalFields *m_fields = nullptr;
    SimilarList *m_similar = nullptr;
    QTimer m_similarTimer;
    QString m_typedKey;
    QString m_typedText;
};

} // namespace cordee
