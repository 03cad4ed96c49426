"""``framing serve``: a local web page for people who don't use a terminal.

Paste or upload 2..N articles and read their comparison or the teacher's lesson (with the worksheet,
the answer key and PDFs), review a draft line by line as ``framing review`` does, and browse a batch
store (``framing serve out/``). Built on Starlette (routing, forms, responses) and served by uvicorn;
both are imported only by :func:`framing.serve.server.serve` and the app factory, never by the other
commands. The stage may read every other stage; none reads it.

Modules: :mod:`~framing.serve.security` (size limits, CSRF, the Content-Security-Policy header,
allowed hosts), :mod:`~framing.serve.inputs` (form fields and uploads to Articles),
:mod:`~framing.serve.app` (the routes), :mod:`~framing.serve.browse` (the store's pages),
:mod:`~framing.serve.server` (uvicorn, the temporary folder).
"""
