package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	players := map[string]Player{"ann": {"Ann", 1}}
	players["ann"].Score = 10
	for _, p := range players {
		p.Score++
	}
	fmt.Println(players)
}
