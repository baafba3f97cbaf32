#!/usr/bin/env python3
# Where a `backstory build`'s CPU time goes, thread by thread (BENCHMARKS.md, the world build):
#   python3 bench/thread-cpu.py [/usr/bin/time -v …] node cli/backstory.mjs build …
# runs the command and reads /proc/PID/task/*/stat of its node process every 0.1 s (Linux only), then prints
# each thread's CPU seconds (user + system), the main thread first, and the build's single-threaded tail:
# the wall time and main-thread CPU after the busiest worker threads (10 CPU-seconds or more) ended.
import os, subprocess, sys, time
hz = os.sysconf('SC_CLK_TCK')
t0 = time.time()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
cpu, names, seen, kids = {}, {}, {}, set()
main_pid = None
while p.poll() is None:
    pids = [p.pid]
    for d in os.listdir('/proc'):
        if d.isdigit():
            try:
                st = open(f'/proc/{d}/stat').read()
                if 'node' in st[:st.rindex(')')] and int(st[st.rindex(')')+2:].split()[1]) in (p.pid, *kids):
                    pids.append(int(d))
            except (OSError, ValueError):
                pass
    node = max(pids)
    kids.update(pids)
    if node != p.pid:
        main_pid = node
        try:
            now = time.time()
            for tid in os.listdir(f'/proc/{node}/task'):
                try:
                    s = open(f'/proc/{node}/task/{tid}/stat').read()
                    f = s[s.rindex(')')+2:].split()
                    cpu[int(tid)] = (int(f[11]) + int(f[12])) / hz
                    names[int(tid)] = s[s.index('(')+1:s.rindex(')')]
                    seen[int(tid)] = (now, cpu.get(node, 0))
                except OSError:
                    pass
        except OSError:
            pass
    time.sleep(0.1)
end = time.time()
tot = sum(cpu.values())
main = cpu.get(main_pid, 0)
others = sorted(((v, names[k]) for k, v in cpu.items() if k != main_pid), reverse=True)
workers = [k for k, v in cpu.items() if k != main_pid and v >= 10]
last = max((seen[k] for k in workers), default=(end, main))
print(f"wall {end - t0:.1f} s, threads' CPU {tot:.1f} s: main {main:.1f}; " + ', '.join(f'{n} {v:.1f}' for v, n in others if v >= 0.5)
      + f"; tail after the workers: {end - last[0]:.1f} s wall, main {main - last[1]:.1f} CPU-s", flush=True)
