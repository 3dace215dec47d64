// Stylesheets have no behaviour to test: every .css/.scss import resolves here.
export default {};
