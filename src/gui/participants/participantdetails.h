#pragma once

#include "participant.h"

#include <QWidget>

class QTextBrowser;

namespace cordee {

class ForumDocument;

/// The details panel of the Participants page: everything known about the selected person.
class ParticipantDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantDetails(QWidget *parent = nullptr);

    void setDocument(ForumDocument *document) { m_document = document; }
    /// Shows the participant with `id`, or the empty hint when 0.
    void showParticipant(qint64 id);

private:
    QString describe(const Participant &p) const;

    ForumDocument *m_document = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace cordee
