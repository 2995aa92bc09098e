"""After the minifier, characters of article text that look like markup are entities again."""
from html.parser import HTMLParser

from generator.site.keep_escaped import escape_markup_characters


class _Parsed(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html):
    parser = _Parsed()
    parser.feed(html)
    return parser


def test_text_titles_and_attributes_get_their_entities_back():
    minified = ('<!doctype html><html lang=en><title>A <img src=x> &lt;/title></title>'
                '<meta content="<b>x</b> \'q\'" name=description><p class=x>a &lt;img onerror=alert(2)> b > c "d"'
                "<a href=x.html title='<i>'>t</a></p>")
    out = escape_markup_characters(minified)
    assert out == ('<!doctype html><html lang=en><title>A &lt;img src=x&gt; &lt;/title&gt;</title>'
                   '<meta content="&lt;b&gt;x&lt;/b&gt; &#39;q&#39;" name=description><p class=x>a &lt;img onerror=alert(2)&gt;'
                   ' b &gt; c &quot;d&quot;<a href=x.html title=\'&lt;i&gt;\'>t</a></p>')
    assert [t for t, _ in parse(out).tags] == ["html", "title", "meta", "p", "a"]
    assert parse(out).tags[2][1]["content"] == "<b>x</b> 'q'"


def test_scripts_styles_and_comments_are_left_as_written():
    html = '<script>if(a<b&&c>"d"){}</script><style>a>b{x:"y"}</style><!-- <c> --><p>\'</p>'
    assert escape_markup_characters(html) == html.replace("<p>'</p>", "<p>&#39;</p>")


def test_escaping_is_idempotent():
    html = "<p>a &lt;b&gt; &quot;c&quot;</p>"
    assert escape_markup_characters(html) == html
