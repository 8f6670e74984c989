/** Two units at a glance: "2天3小时" past a day, "1小时5分" above an hour, "12分5秒" under it, when every second counts. */
export const countdownParts = (ms: number): { unit: 'd' | 'h' | 'm' | 's'; count: number }[] => {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours >= 24)
    return [
      { unit: 'd', count: Math.floor(hours / 24) },
      { unit: 'h', count: hours % 24 },
    ];
  if (hours > 0)
    return [
      { unit: 'h', count: hours },
      { unit: 'm', count: minutes },
    ];
  return [
    { unit: 'm', count: minutes },
    { unit: 's', count: seconds % 60 },
  ];
};
