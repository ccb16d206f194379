// A pane test renders Fluent UI in jsdom and runs whole analyses: 5–50 s each when eight jobs share
// two cores (measured), so 90 s each (jest-circus ignores a project's testTimeout).
jest.setTimeout(90_000);
