// A browser test drives a whole page: 60 s each (jest-circus ignores a project's testTimeout).
jest.setTimeout(60_000);
