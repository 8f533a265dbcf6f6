package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Product struct {
	SKU      string
	Name     string
	Category string
	Price    float64
	Stock    int
}

type byCategoryThenPrice []Product

func (s byCategoryThenPrice) Len() int      { return len(s) }
func (s byCategoryThenPrice) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byCategoryThenPrice) Less(i, j int) bool {
	if s[i].Category != s[j].Category {
		return s[i].Category < s[j].Category
	}
	return s[i].Price > s[j].Price
}

func main() {
	inv := []Product{
		{"A1", "Widget", "tools", 2.50, 100},
		{"B7", "Gadget", "toys", 12.00, 0},
		{"C3", "Hammer", "tools", 15.75, 12},
		{"D4", "Yo-yo", "toys", 1.25, 340},
		{"E2", "Saw", "tools", 22.10, 3},
		{"F9", "Kite", "toys", 12.00, 25},
		{"G5", "Lamp", "home", 30.00, 7},
	}

	sort.Sort(byCategoryThenPrice(inv))
	fmt.Printf("%-4s %-8s %-6s %8s %5s\n", "SKU", "NAME", "CAT", "PRICE", "QTY")
	fmt.Println(strings.Repeat("-", 35))
	for _, p := range inv {
		fmt.Printf("%-4s %-8s %-6s %8.2f %5d\n", p.SKU, p.Name, p.Category, p.Price, p.Stock)
	}

	totals := map[string]float64{}
	for _, p := range inv {
		totals[p.Category] += p.Price * float64(p.Stock)
	}
	cats := make([]string, 0, len(totals))
	for c := range totals {
		cats = append(cats, c)
	}
	slices.SortFunc(cats, func(a, b string) int { return cmp.Compare(totals[b], totals[a]) })
	for _, c := range cats {
		fmt.Printf("%s: $%.2f\n", c, totals[c])
	}

	byName := slices.Clone(inv)
	slices.SortStableFunc(byName, func(a, b Product) int {
		return cmp.Or(cmp.Compare(a.Price, b.Price), strings.Compare(a.Name, b.Name))
	})
	var names []string
	for _, p := range byName {
		names = append(names, p.Name)
	}
	fmt.Println(strings.Join(names, ", "))

	out := slices.DeleteFunc(slices.Clone(inv), func(p Product) bool { return p.Stock == 0 })
	fmt.Println("in stock:", len(out), "of", len(inv))
	i, found := slices.BinarySearchFunc([]int{1, 3, 5, 7}, 5, func(a, b int) int { return a - b })
	fmt.Println(i, found)
	idx := slices.IndexFunc(inv, func(p Product) bool { return p.Name == "Kite" })
	fmt.Printf("%+v\n", inv[idx])
	cheapest := slices.MinFunc(inv, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println(cheapest.Name, slices.ContainsFunc(inv, func(p Product) bool { return p.Price > 25 }))
}
