export function App() {
  return <div>续保助手</div>;
}
