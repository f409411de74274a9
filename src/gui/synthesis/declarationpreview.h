#pragma once

#include <QHash>
#include <QImage>
#include <QScrollArea>

#include <memory>

namespace cordee {

class DeclarationPages;

/// The declaration as it will print: its pages stacked on a grey desk, each with a shadow, as wide as the
/// view allows. Only the pages in sight are rendered, once per width.
class DeclarationPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit DeclarationPreview(QWidget *parent = nullptr);
    ~DeclarationPreview() override;

    /// Shows `pages` (null: nothing), keeping the reading position.
    void setPages(std::shared_ptr<const DeclarationPages> pages);
    int pageCount() const;
    const DeclarationPages *pages() const;

private:
    class Canvas;
    Canvas *m_canvas;
};

} // namespace cordee
