// A door state machine: iota enums with String(), a map keyed by struct transitions, %v/%d/%x/%q on enums.
package main

import "fmt"

type State int

const (
	Closed State = iota
	Opening
	Open
	Closing
	Locked
)

var stateNames = [...]string{"Closed", "Opening", "Open", "Closing", "Locked"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event uint8

const (
	Push Event = iota + 1
	Done
	Lock
	Unlock
)

func (e Event) String() string {
	switch e {
	case Push:
		return "push"
	case Done:
		return "done"
	case Lock:
		return "lock"
	case Unlock:
		return "unlock"
	}
	return "event?"
}

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Closed, Push}:   Opening,
	{Opening, Done}:  Open,
	{Open, Push}:     Closing,
	{Closing, Done}:  Closed,
	{Closing, Push}:  Opening,
	{Closed, Lock}:   Locked,
	{Locked, Unlock}: Closed,
}

func step(s State, e Event) (State, error) {
	if next, ok := table[transition{s, e}]; ok {
		return next, nil
	}
	return s, fmt.Errorf("invalid event %v in state %v", e, s)
}

func main() {
	s := Closed
	events := []Event{Push, Done, Lock, Push, Push, Done, Lock, Push, Unlock, Event(9)}
	for i, e := range events {
		next, err := step(s, e)
		if err != nil {
			fmt.Printf("%2d: %-8v %v\n", i, s, err)
			continue
		}
		fmt.Printf("%2d: %-8v --%s--> %v\n", i, s, e, next)
		s = next
	}
	fmt.Printf("%v %d %x %q %v\n", s, s, Locked, Open, State(42))
	fmt.Println(Push, Event(0), []State{Open, Closed})
}
