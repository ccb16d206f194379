/**
 * The ribbon's function file (manifest <FunctionFile resid="Commands.Url"/>).
 *
 * Office loads commands.html for every add-in command. The only button today opens the task
 * pane (Action xsi:type="ShowTaskpane"), which Office handles without code; a button with
 * Action xsi:type="ExecuteFunction" would be registered here, inside onReady, with
 * `Office.actions.associate("<FunctionName>", handler)`, and its handler must call
 * `event.completed()`.
 */
Office.onReady(() => {
  // Nothing to register yet: see the comment above.
});
