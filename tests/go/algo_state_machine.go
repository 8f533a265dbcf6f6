package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return names[s] }

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		next, ok := transitions[s][e]
		if !ok {
			fmt.Printf("%-7s --%s--> invalid\n", s, e)
			continue
		}
		fmt.Printf("%-7s --%s--> %v\n", s, e, next)
		s = next
	}
}
